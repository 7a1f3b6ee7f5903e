package dev.sharpend.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Carries installations made before the migrations were renumbered (0.1 development
 * builds, versions banded per module: 1 to 150) over to the one increasing sequence (1 to
 * 26). Flyway matches applied migrations by version, so the history is rewritten to the
 * new numbers before Flyway validates it; the scripts themselves did not change, so their
 * checksums still match. An installation that never applied the alert migrations added
 * out of order (old 105 to 107) simply gets them now: they come last in the new sequence.
 * Runs once: afterwards no old-numbered row is left to rewrite.
 */
@Component
class MigrationRenumbering implements Callback {

	private static final Logger log = LoggerFactory.getLogger(MigrationRenumbering.class);

	/** Old version to new version, in ascending old order (each new one is lower). */
	static final Map<String, String> OLD_TO_NEW = oldToNew();

	private static Map<String, String> oldToNew() {
		String[][] pairs = { { "10", "4" }, { "20", "5" }, { "50", "6" }, { "60", "7" }, { "61", "8" }, { "70", "9" },
				{ "71", "10" }, { "80", "11" }, { "90", "12" }, { "100", "13" }, { "101", "14" }, { "102", "15" },
				{ "103", "16" }, { "104", "17" }, { "105", "24" }, { "106", "25" }, { "107", "26" }, { "110", "18" },
				{ "130", "19" }, { "131", "20" }, { "140", "21" }, { "141", "22" }, { "150", "23" } };
		Map<String, String> map = new LinkedHashMap<>();
		for (String[] pair : pairs) {
			map.put(pair[0], pair[1]);
		}
		return map;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE || event == Event.BEFORE_INFO;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		String table = context.getConfiguration().getTable();
		Connection connection = context.getConnection();
		try {
			if (!historyExists(connection, table) || !oldNumbered(connection, table)) {
				return;
			}
			// Ascending old order: no row rewritten earlier can carry a later old number.
			for (Map.Entry<String, String> renumbering : OLD_TO_NEW.entrySet()) {
				try (PreparedStatement update = connection
					.prepareStatement("update " + table + " set version = ?, script = 'V' || ? || substring(script, "
							+ (renumbering.getKey().length() + 2) + ") where version = ? and script like ?")) {
					update.setString(1, renumbering.getValue());
					update.setString(2, renumbering.getValue());
					update.setString(3, renumbering.getKey());
					update.setString(4, "V" + renumbering.getKey() + "\\_\\_%");
					update.executeUpdate();
				}
			}
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			log.info("Renumbered the applied migrations to the single version sequence (1 to 26)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not renumber the applied migrations in " + table, ex);
		}
	}

	private static boolean historyExists(Connection connection, String table) throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		for (String name : new String[] { table, table.toUpperCase(java.util.Locale.ROOT) }) {
			try (ResultSet tables = metaData.getTables(null, null, name, null)) {
				if (tables.next()) {
					return true;
				}
			}
		}
		return false;
	}

	/** The last migration of the old numbering is the sign of an old history. */
	private static boolean oldNumbered(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection
			.prepareStatement("select count(*) from " + table + " where version = '150' and script = ?")) {
			query.setString(1, "V150__search_changes.sql");
			try (ResultSet count = query.executeQuery()) {
				return count.next() && count.getInt(1) > 0;
			}
		}
	}

	@Override
	public String getCallbackName() {
		return "sharpend-migration-renumbering";
	}

}
