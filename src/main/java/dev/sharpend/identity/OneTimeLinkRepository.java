package dev.sharpend.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time links (first-run setup, invitations), stored only as hashes. */
@Repository
class OneTimeLinkRepository {

	static final String SETUP = "setup";

	static final String INVITATION = "invitation";

	private final JdbcClient jdbc;

	OneTimeLinkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String purpose, String token, UserId user, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				insert into one_time_link (id, purpose, token_hash, user_id, created_at, expires_at)
				values (:id, :purpose, :hash, :user, :now, :expiresAt)""")
			.param("id", UUID.randomUUID())
			.param("purpose", purpose)
			.param("hash", RandomTokens.hash(token))
			.param("user", (user != null) ? user.value() : null)
			.param("now", Timestamps.toColumn(now))
			.param("expiresAt", Timestamps.toColumn(expiresAt))
			.update();
	}

	/** Whether the link is valid now, without using it up. */
	boolean isValid(String purpose, String token, Instant now) {
		return this.jdbc.sql("""
				select count(*) from one_time_link
				where purpose = :purpose and token_hash = :hash and used_at is null and expires_at > :now""")
			.param("purpose", purpose)
			.param("hash", RandomTokens.hash(token))
			.param("now", Timestamps.toColumn(now))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Uses the link up. The conditional update makes two concurrent uses (two nodes, a
	 * double submit) succeed at most once.
	 * @return the user the link was made for, empty if none; null if not valid
	 */
	Optional<Optional<UserId>> consume(String purpose, String token, Instant now) {
		String hash = RandomTokens.hash(token);
		int updated = this.jdbc.sql("""
				update one_time_link set used_at = :now
				where purpose = :purpose and token_hash = :hash and used_at is null and expires_at > :now""")
			.param("purpose", purpose)
			.param("hash", hash)
			.param("now", Timestamps.toColumn(now))
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		UUID user = this.jdbc.sql("select user_id from one_time_link where token_hash = :hash")
			.param("hash", hash)
			.query(UUID.class)
			.optional()
			.orElse(null);
		return Optional.of(Optional.ofNullable(user).map(UserId::new));
	}

	void expireAll(String purpose, Instant now) {
		this.jdbc.sql("update one_time_link set used_at = :now where purpose = :purpose and used_at is null")
			.param("purpose", purpose)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

}
