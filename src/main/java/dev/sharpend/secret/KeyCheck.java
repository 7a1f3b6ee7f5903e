package dev.sharpend.secret;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A known value sealed with the master key (table {@code secret_key_check}). Opening it
 * proves a key is the database's key. Start-up reads it before Flyway migrates, so it
 * must cope with the table not existing yet.
 */
class KeyCheck {

	/** The associated data of the check value; no secret has this id. */
	static final UUID ID = new UUID(0, 0);

	private static final byte[] VALUE = "sharpend master key check".getBytes(StandardCharsets.US_ASCII);

	private final JdbcClient jdbc;

	KeyCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored check, or empty on a new database. */
	Optional<Envelope.Sealed> find() {
		boolean exists = this.jdbc
			.sql("select count(*) from information_schema.tables where table_name = 'secret_key_check' "
					+ "and table_schema = current_schema()")
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			return Optional.empty();
		}
		return this.jdbc.sql("select * from secret_key_check where id = 1")
			.query((rs, row) -> new Envelope.Sealed(rs.getString("key_id"), rs.getBytes("wrapped_key"),
					rs.getBytes("key_nonce"), rs.getBytes("ciphertext"), rs.getBytes("nonce")))
			.optional();
	}

	/**
	 * Proves {@code key} opens the stored check.
	 * @throws MasterKeyProblem if it does not
	 */
	static void verify(Envelope.Sealed stored, MasterKey key) {
		if (!stored.keyId().equals(key.id())) {
			throw new MasterKeyProblem(
					"The master key from " + key.source() + " has id " + key.id()
							+ ", but this database's secrets are encrypted with the master key with id "
							+ stored.keyId() + ". Nothing was changed.",
					"Configure the master key with id " + stored.keyId()
							+ " (SHARPEND_MASTER_KEY or SHARPEND_MASTER_KEY_FILE; on the embedded database also "
							+ "check <data-dir>/master.key). To change the key, run `java -jar sharpend.jar "
							+ "rotate-master-key` as the README describes.");
		}
		try {
			if (!Arrays.equals(Envelope.open(key, ID, stored), VALUE)) {
				throw new SecretUnreadable("it holds an unexpected value");
			}
		}
		catch (SecretUnreadable ex) {
			throw new MasterKeyProblem(
					"The master key check in table secret_key_check does not open with the key " + "from "
							+ key.source() + " (id " + key.id() + "): " + ex.reason() + ". Nothing was changed.",
					"Restore table secret_key_check and the secrets from a backup; the stored check was altered.");
		}
	}

	static Envelope.Sealed seal(MasterKey key) {
		return Envelope.seal(key, ID, VALUE);
	}

	/**
	 * Stores the check for a new database. Another node may have stored one first: then
	 * that one must open with this node's key too.
	 */
	void storeIfMissing(MasterKey key, Instant at) {
		Optional<Envelope.Sealed> stored = find();
		if (stored.isEmpty()) {
			try {
				insert(seal(key), at);
				return;
			}
			catch (DuplicateKeyException ex) {
				stored = find();
			}
		}
		verify(stored.orElseThrow(), key);
	}

	private void insert(Envelope.Sealed sealed, Instant at) {
		this.jdbc.sql("""
				insert into secret_key_check (id, key_id, wrapped_key, key_nonce, ciphertext, nonce, created_at)
				values (1, :keyId, :wrappedKey, :keyNonce, :ciphertext, :nonce, :at)""")
			.param("keyId", sealed.keyId())
			.param("wrappedKey", sealed.wrappedKey())
			.param("keyNonce", sealed.keyNonce())
			.param("ciphertext", sealed.ciphertext())
			.param("nonce", sealed.nonce())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	void replace(String fromKeyId, Envelope.Sealed sealed) {
		int updated = this.jdbc.sql("""
				update secret_key_check set key_id = :keyId, wrapped_key = :wrappedKey, key_nonce = :keyNonce
				where id = 1 and key_id = :fromKeyId""")
			.param("fromKeyId", fromKeyId)
			.param("keyId", sealed.keyId())
			.param("wrappedKey", sealed.wrappedKey())
			.param("keyNonce", sealed.keyNonce())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("The master key check changed during the rotation; nothing was rotated");
		}
	}

}
