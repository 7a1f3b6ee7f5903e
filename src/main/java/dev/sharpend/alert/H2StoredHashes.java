package dev.sharpend.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An IN list, which H2 answers through its fingerprint index (V24); chunked to bound the
 * statement's size.
 */
class H2StoredHashes implements StoredHashes {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	H2StoredHashes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, StoredHash> find(UUID integration, List<String> fingerprints) {
		Map<String, StoredHash> found = new HashMap<>();
		for (int from = 0; from < fingerprints.size(); from += CHUNK) {
			this.jdbc
				.sql("select id, fingerprint, content_hash from alert"
						+ " where integration_id = :integration and fingerprint in (:fingerprints)")
				.param("integration", integration)
				.param("fingerprints", fingerprints.subList(from, Math.min(fingerprints.size(), from + CHUNK)))
				.query((rs) -> {
					found.put(rs.getString(2), new StoredHash(rs.getLong(1), rs.getString(3)));
				});
		}
		return found;
	}

}
