package dev.sharpend.alert;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One statement text whatever the number of fingerprints (an array, not an IN list), so
 * pgjdbc keeps one server-side prepared statement per connection and PostgreSQL skips
 * parsing and planning on every delivery.
 */
class PostgresStoredHashes implements StoredHashes {

	private static final String SQL = "select id, fingerprint, content_hash from alert"
			+ " where integration_id = ? and fingerprint = any(?)";

	private final JdbcTemplate jdbc;

	PostgresStoredHashes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, StoredHash> find(UUID integration, List<String> fingerprints) {
		Map<String, StoredHash> found = new HashMap<>();
		this.jdbc.query((connection) -> {
			PreparedStatement statement = connection.prepareStatement(SQL);
			statement.setObject(1, integration);
			statement.setArray(2, connection.createArrayOf("text", fingerprints.toArray()));
			return statement;
		}, (rs) -> {
			found.put(rs.getString(2), new StoredHash(rs.getLong(1), rs.getString(3)));
		});
		return found;
	}

}
