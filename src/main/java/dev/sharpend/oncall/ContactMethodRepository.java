package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.secret.SecretRef;
import dev.sharpend.system.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ContactMethodRepository {

	private final JdbcClient jdbc;

	ContactMethodRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContactMethod> of(UserId user) {
		return this.jdbc.sql("select * from oncall_contact_method where user_id = :user order by created_at, id")
			.param("user", user.value())
			.query(ContactMethodRepository::map)
			.list();
	}

	Optional<ContactMethod> find(UUID id) {
		return this.jdbc.sql("select * from oncall_contact_method where id = :id")
			.param("id", id)
			.query(ContactMethodRepository::map)
			.optional();
	}

	Optional<Challenge> challenge(UUID id) {
		return this.jdbc.sql(
				"select code_hash, link_hash, code_expires_at, code_attempts from oncall_contact_method where id = :id")
			.param("id", id)
			.query((rs, row) -> new Challenge(rs.getString("code_hash"), rs.getString("link_hash"),
					Timestamps.fromColumn(rs, "code_expires_at"), rs.getInt("code_attempts")))
			.optional();
	}

	Optional<ContactMethod> findByLink(String linkHash) {
		return this.jdbc.sql("select * from oncall_contact_method where link_hash = :hash")
			.param("hash", linkHash)
			.query(ContactMethodRepository::map)
			.optional();
	}

	/** Verified methods of this kind with this address, such as an SMS number. */
	List<ContactMethod> verified(ContactKind kind, String address) {
		return this.jdbc.sql("""
				select * from oncall_contact_method where kind = :kind and address = :address
				and verified_at is not null order by verified_at""")
			.param("kind", kind.name())
			.param("address", address)
			.query(ContactMethodRepository::map)
			.list();
	}

	void insert(ContactMethod method) {
		this.jdbc.sql("""
				insert into oncall_contact_method (id, user_id, kind, address, secret_id, code_attempts, created_at)
				values (:id, :user, :kind, :address, :secret, 0, :at)""")
			.param("id", method.id())
			.param("user", method.user().value())
			.param("kind", method.kind().name())
			.param("address", method.address())
			.param("secret", (method.secret() != null) ? method.secret().value() : null)
			.param("at", Timestamps.toColumn(method.createdAt()))
			.update();
	}

	void challenge(UUID id, Challenge challenge) {
		this.jdbc.sql("""
				update oncall_contact_method set code_hash = :code, link_hash = :link, code_expires_at = :expires,
				    code_attempts = :attempts where id = :id""")
			.param("id", id)
			.param("code", challenge.codeHash())
			.param("link", challenge.linkHash())
			.param("expires", Timestamps.toColumn(challenge.expiresAt()))
			.param("attempts", challenge.attempts())
			.update();
	}

	void verified(UUID id, Instant at) {
		this.jdbc.sql("""
				update oncall_contact_method set verified_at = :at, code_hash = null, link_hash = null,
				    code_expires_at = null, code_attempts = 0 where id = :id""")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/** Marks a method failing; false when it already was (or is gone). */
	boolean failing(UUID id, Instant at, String reason) {
		return this.jdbc.sql("""
				update oncall_contact_method set failing_since = :at, failure = :reason
				where id = :id and failing_since is null""")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("reason", (reason.length() > 1000) ? reason.substring(0, 1000) : reason)
			.update() == 1;
	}

	void working(UUID id) {
		this.jdbc.sql("update oncall_contact_method set failing_since = null, failure = null where id = :id")
			.param("id", id)
			.update();
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from oncall_contact_method where id = :id").param("id", id).update();
	}

	private static ContactMethod map(ResultSet rs, int row) throws SQLException {
		UUID secret = rs.getObject("secret_id", UUID.class);
		return new ContactMethod(rs.getObject("id", UUID.class), new UserId(rs.getObject("user_id", UUID.class)),
				ContactKind.valueOf(rs.getString("kind")), rs.getString("address"),
				(secret != null) ? new SecretRef(secret) : null, Timestamps.fromColumn(rs, "verified_at"),
				Timestamps.fromColumn(rs, "failing_since"), rs.getString("failure"),
				Timestamps.fromColumn(rs, "created_at"));
	}

	/**
	 * A pending verification: hashes of the code and of the e-mail link, when they
	 * expire, and how many wrong codes were typed.
	 */
	record Challenge(@Nullable String codeHash, @Nullable String linkHash, @Nullable Instant expiresAt, int attempts) {
	}

}
