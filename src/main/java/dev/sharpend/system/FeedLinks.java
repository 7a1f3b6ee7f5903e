package dev.sharpend.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secret links of one kind of calendar feed, kept in one table and each owned by what
 * it shows (a schedule, a person) or by who made it. Only a SHA-256 hash of a secret is
 * stored, so a database copy does not open any feed; a revoked link stays for the record.
 *
 * @param jdbc the database
 * @param clock the time links are made and revoked at
 * @param table the table of links
 * @param owner its column naming what a link shows
 */
public record FeedLinks(JdbcClient jdbc, Clock clock, String table, String owner) {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Stores a new link; its secret is in the answer only. */
	public Made create(UUID owner) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String secret = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Link link = new Link(UUID.randomUUID(), owner, this.clock.instant(), null);
		this.jdbc
			.sql("insert into " + this.table + " (id, " + this.owner + ", token_hash, created_at)"
					+ " values (:id, :owner, :hash, :created)")
			.param("id", link.id())
			.param("owner", owner)
			.param("hash", hash(secret))
			.param("created", Timestamps.toColumn(link.createdAt()))
			.update();
		return new Made(link, secret);
	}

	/** The owner's links, newest first, revoked ones included. */
	public List<Link> of(UUID owner) {
		return this.jdbc
			.sql("select * from " + this.table + " where " + this.owner + " = :owner order by created_at desc")
			.param("owner", owner)
			.query(this::map)
			.list();
	}

	/**
	 * @throws RequestRejected (not found) for an unknown link
	 */
	public Link require(UUID id) {
		return this.jdbc.sql("select * from " + this.table + " where id = :id")
			.param("id", id)
			.query(this::map)
			.optional()
			.orElseThrow(() -> RequestRejected.notFound("There is no calendar link " + id + "."));
	}

	/** Revokes a working link; says whether it did (a revoked link stays revoked). */
	public boolean revoke(Link link) {
		if (link.revokedAt() != null) {
			return false;
		}
		this.jdbc.sql("update " + this.table + " set revoked_at = :now where id = :id")
			.param("id", link.id())
			.param("now", Timestamps.toColumn(this.clock.instant()))
			.update();
		return true;
	}

	/**
	 * Revokes one of the owner's links; says whether it did (a revoked link stays
	 * revoked).
	 * @throws RequestRejected (not found) for a link that is not the owner's, as for one
	 * that does not exist, so ids cannot be probed
	 */
	public boolean revoke(UUID owner, UUID id) {
		Link link = require(id);
		if (!link.owner().equals(owner)) {
			throw RequestRejected.notFound("There is no calendar link " + id + ".");
		}
		return revoke(link);
	}

	/**
	 * What a working link's secret shows.
	 * @throws RequestRejected (not found) for an unknown or revoked secret
	 */
	public UUID owner(String secret) {
		return this.jdbc
			.sql("select " + this.owner + " from " + this.table + " where token_hash = :hash and revoked_at is null")
			.param("hash", hash(secret))
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.optional()
			.orElseThrow(() -> RequestRejected.notFound("This calendar link does not exist or was revoked."));
	}

	private Link map(ResultSet rs, int row) throws SQLException {
		return new Link(rs.getObject("id", UUID.class), rs.getObject(this.owner, UUID.class),
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "revoked_at"));
	}

	private static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** One stored link. */
	public record Link(UUID id, UUID owner, Instant createdAt, @Nullable Instant revokedAt) {
	}

	/** A link just stored, with its secret. */
	public record Made(Link link, String secret) {
	}

}
