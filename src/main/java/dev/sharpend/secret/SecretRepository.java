package dev.sharpend.secret;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SecretRepository {

	private final JdbcClient jdbc;

	SecretRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(StoredSecret secret, Instant at) {
		Envelope.Sealed sealed = secret.sealed();
		this.jdbc
			.sql("""
					insert into secret (id, purpose, key_id, wrapped_key, key_nonce, ciphertext, nonce, created_at, updated_at)
					values (:id, :purpose, :keyId, :wrappedKey, :keyNonce, :ciphertext, :nonce, :at, :at)""")
			.param("id", secret.id())
			.param("purpose", secret.purpose())
			.param("keyId", sealed.keyId())
			.param("wrappedKey", sealed.wrappedKey())
			.param("keyNonce", sealed.keyNonce())
			.param("ciphertext", sealed.ciphertext())
			.param("nonce", sealed.nonce())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	Optional<StoredSecret> find(UUID id) {
		return this.jdbc.sql("select * from secret where id = :id")
			.param("id", id)
			.query(SecretRepository::map)
			.optional();
	}

	/** Every secret, locked until the transaction ends. */
	List<StoredSecret> findAllForUpdate() {
		return this.jdbc.sql("select * from secret order by id for update").query(SecretRepository::map).list();
	}

	boolean replace(UUID id, Envelope.Sealed sealed, Instant at) {
		return this.jdbc.sql("""
				update secret set key_id = :keyId, wrapped_key = :wrappedKey, key_nonce = :keyNonce,
				    ciphertext = :ciphertext, nonce = :nonce, updated_at = :at
				where id = :id""")
			.param("id", id)
			.param("keyId", sealed.keyId())
			.param("wrappedKey", sealed.wrappedKey())
			.param("keyNonce", sealed.keyNonce())
			.param("ciphertext", sealed.ciphertext())
			.param("nonce", sealed.nonce())
			.param("at", Timestamps.toColumn(at))
			.update() == 1;
	}

	/**
	 * Stores a re-wrapped data key. The value is unchanged, so {@code updated_at} is too.
	 */
	void rewrap(UUID id, String fromKeyId, Envelope.Sealed sealed) {
		int updated = this.jdbc.sql("""
				update secret set key_id = :keyId, wrapped_key = :wrappedKey, key_nonce = :keyNonce
				where id = :id and key_id = :fromKeyId""")
			.param("id", id)
			.param("fromKeyId", fromKeyId)
			.param("keyId", sealed.keyId())
			.param("wrappedKey", sealed.wrappedKey())
			.param("keyNonce", sealed.keyNonce())
			.update();
		if (updated != 1) {
			throw new IllegalStateException("Secret " + id + " changed during the rotation; nothing was rotated");
		}
	}

	boolean delete(UUID id) {
		return this.jdbc.sql("delete from secret where id = :id").param("id", id).update() == 1;
	}

	private static StoredSecret map(ResultSet rs, int row) throws SQLException {
		return new StoredSecret(rs.getObject("id", UUID.class), rs.getString("purpose"),
				new Envelope.Sealed(rs.getString("key_id"), rs.getBytes("wrapped_key"), rs.getBytes("key_nonce"),
						rs.getBytes("ciphertext"), rs.getBytes("nonce")));
	}

	/**
	 * A secret row.
	 *
	 * @param id the secret's id, also the associated data of its encryption
	 * @param purpose what the secret is for
	 * @param sealed the encrypted value and data key
	 */
	record StoredSecret(UUID id, String purpose, Envelope.Sealed sealed) {
	}

}
