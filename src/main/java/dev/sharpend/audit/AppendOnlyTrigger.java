package dev.sharpend.audit;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * H2 trigger that keeps the audit log append-only (PostgreSQL uses a PL/pgSQL trigger for
 * the same rule).
 */
public class AppendOnlyTrigger implements Trigger {

	@Override
	public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
		throw new SQLException("the audit log is append-only");
	}

}
