package dev.sharpend.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Converts between {@link Instant} and {@code timestamp with time zone} columns the same
 * way on H2 and PostgreSQL, whose JDBC drivers disagree on binding {@code Instant}.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static OffsetDateTime toColumn(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	public static Instant fromColumn(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
