package dev.sharpend.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.ProviderFetch.Validators;
import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The watches of providers' status feeds: when each is read next, which node has claimed
 * the read, and what the last read found for the provider as a whole. Claims are
 * conditional updates, so of several nodes looking at a due watch one reads it.
 */
@Repository
class WatchRepository {

	private static final int LOG_KEPT = 20;

	private final JdbcClient jdbc;

	WatchRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Brings the watches in line with the register: a watch for every provider with a
	 * status feed (due at once), none for the others, and a fresh start for a watch whose
	 * feed address changed.
	 */
	void sync(Instant at) {
		// the databases keep microseconds and round the rest, which could put a new watch
		// a fraction after the instant it is due at, so it would wait a whole tick
		Instant now = at.truncatedTo(ChronoUnit.MICROS);
		try {
			this.jdbc.sql("""
					insert into provider_watch (provider_id, feed, next_poll_at, status, status_since, failures)
					select id, status_feed, :now, 'unknown', :now, 0 from provider p
					where status_feed is not null
					    and not exists (select 1 from provider_watch w where w.provider_id = p.id)""")
				.param("now", Timestamps.toColumn(now))
				.update();
		}
		catch (DataIntegrityViolationException ex) {
			// Another node added the same watch at the same moment.
		}
		this.jdbc.sql("""
				delete from provider_upstream_component where provider_id in
				    (select id from provider where status_feed is null)""").update();
		this.jdbc.sql("""
				delete from provider_watch where provider_id in (select id from provider where status_feed is null)""")
			.update();
		this.jdbc.sql("""
				update provider_watch set
				    feed = (select p.status_feed from provider p where p.id = provider_watch.provider_id),
				    etag = null, last_modified = null, body_hash = null, format = null, failures = 0,
				    next_poll_at = :now
				where exists (select 1 from provider p where p.id = provider_watch.provider_id
				    and p.status_feed <> provider_watch.feed)""").param("now", Timestamps.toColumn(now)).update();
	}

	/** The providers whose watch is due and unclaimed (or whose claim has expired). */
	List<ProviderId> due(Instant now) {
		return this.jdbc.sql("""
				select provider_id from provider_watch
				where next_poll_at <= :now and (claimed_until is null or claimed_until < :now)
				order by next_poll_at""")
			.param("now", Timestamps.toColumn(now))
			.query((rs, n) -> new ProviderId(rs.getObject(1, UUID.class)))
			.list();
	}

	/**
	 * Claims a due watch for {@code node} until {@code until}.
	 * @return whether this node got it (false when another node read it or holds it)
	 */
	boolean claim(ProviderId id, String node, Instant now, Instant until) {
		return this.jdbc.sql("""
				update provider_watch set claimed_by = :node, claimed_until = :until
				where provider_id = :id and next_poll_at <= :now and (claimed_until is null or claimed_until < :now)""")
			.param("node", node)
			.param("until", Timestamps.toColumn(until))
			.param("id", id.value())
			.param("now", Timestamps.toColumn(now))
			.update() == 1;
	}

	/** Every watched provider's status as a whole and since when, in one read. */
	Map<ProviderId, WatchedStatus.Overall> overall() {
		Map<ProviderId, WatchedStatus.Overall> all = new HashMap<>();
		this.jdbc.sql("select provider_id, status, status_since, last_read_at from provider_watch").query((rs) -> {
			all.put(new ProviderId(rs.getObject("provider_id", UUID.class)), new WatchedStatus.Overall(
					WireCode.find(UpstreamStatus.class, rs.getString("status")).orElse(UpstreamStatus.UNKNOWN),
					Timestamps.fromColumn(rs, "status_since"), Timestamps.fromColumn(rs, "last_read_at") != null));
		});
		return all;
	}

	Optional<Watch> watch(ProviderId id) {
		return this.jdbc.sql("select * from provider_watch where provider_id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs))
			.optional();
	}

	/**
	 * Records a read that found the page readable, releasing the claim.
	 * @return false when the claim was lost to another node, which then owns the watch
	 */
	boolean read(Claim claim, Reading reading) {
		Validators v = reading.validators();
		return this.jdbc.sql("""
				update provider_watch set status = :status, status_since = :since, etag = :etag,
				    last_modified = :modified, body_hash = :hash, format = :format, last_read_at = :at,
				    last_attempt_at = :at, failures = 0, last_error = null, next_poll_at = :next,
				    claimed_by = null, claimed_until = null
				where provider_id = :id and claimed_by = :node""")
			.param("status", reading.status().code())
			.param("since", Timestamps.toColumn(reading.since()))
			.param("etag", v.etag(), Types.VARCHAR)
			.param("modified", v.lastModified(), Types.VARCHAR)
			.param("hash", v.hash(), Types.VARCHAR)
			.param("format", (reading.format() != null) ? reading.format().code() : null, Types.VARCHAR)
			.param("at", Timestamps.toColumn(reading.at()))
			.param("next", Timestamps.toColumn(reading.next()))
			.param("id", claim.provider().value())
			.param("node", claim.node())
			.update() == 1;
	}

	/**
	 * Records a read that failed: the provider is unknown from {@code since}, and the
	 * next read asks without validators so the page is read in full again.
	 * @return false when the claim was lost to another node
	 */
	boolean failed(Claim claim, Instant at, Instant since, String error, Instant next) {
		return this.jdbc.sql("""
				update provider_watch set status = 'unknown', status_since = :since, etag = null,
				    last_modified = null, body_hash = null, last_attempt_at = :at, failures = failures + 1,
				    last_error = :error, next_poll_at = :next, claimed_by = null, claimed_until = null
				where provider_id = :id and claimed_by = :node""")
			.param("since", Timestamps.toColumn(since))
			.param("at", Timestamps.toColumn(at))
			.param("error", abbreviated(error, 2000))
			.param("next", Timestamps.toColumn(next))
			.param("id", claim.provider().value())
			.param("node", claim.node())
			.update() == 1;
	}

	/** Keeps a fault in the provider's log, dropping the oldest beyond the last few. */
	void log(ProviderId id, Instant at, String message) {
		this.jdbc.sql("insert into provider_poll_log (id, provider_id, at, message) values (:id, :provider, :at, :m)")
			.param("id", UUID.randomUUID())
			.param("provider", id.value())
			.param("at", Timestamps.toColumn(at))
			.param("m", abbreviated(message, 2000))
			.update();
		this.jdbc
			.sql("""
					delete from provider_poll_log where provider_id = :provider and id not in
					    (select id from provider_poll_log where provider_id = :provider order by at desc, id limit :kept)""")
			.param("provider", id.value())
			.param("kept", LOG_KEPT)
			.update();
	}

	List<WatchedStatus.Fault> faults(ProviderId id) {
		return this.jdbc.sql("select at, message from provider_poll_log where provider_id = :id order by at desc, id")
			.param("id", id.value())
			.query((rs, n) -> new WatchedStatus.Fault(Timestamps.fromColumn(rs, "at"), rs.getString("message")))
			.list();
	}

	/** Stores the format first detected for a provider that names none. */
	void detected(ProviderId id, StatusFormat format) {
		this.jdbc.sql("update provider set status_format = :format where id = :id and status_format is null")
			.param("format", format.code())
			.param("id", id.value())
			.update();
	}

	private static Watch map(ResultSet rs) throws SQLException {
		String format = rs.getString("format");
		return new Watch(new ProviderId(rs.getObject("provider_id", UUID.class)), rs.getString("feed"),
				WireCode.find(UpstreamStatus.class, rs.getString("status")).orElse(UpstreamStatus.UNKNOWN),
				Timestamps.fromColumn(rs, "status_since"),
				new Validators(rs.getString("etag"), rs.getString("last_modified"), rs.getString("body_hash")),
				(format != null) ? WireCode.find(StatusFormat.class, format).orElse(null) : null,
				Timestamps.fromColumn(rs, "last_read_at"), Timestamps.fromColumn(rs, "last_attempt_at"),
				rs.getInt("failures"), rs.getString("last_error"), Timestamps.fromColumn(rs, "next_poll_at"));
	}

	static String abbreviated(String text, int max) {
		return (text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

	/** A node's claim on a provider's watch. */
	record Claim(ProviderId provider, String node) {
	}

	/**
	 * What a readable answer leaves on the watch.
	 *
	 * @param status the provider's status as a whole
	 * @param since since when it has that status
	 * @param validators the answer's validators and hash
	 * @param format the format it was read as, null when unchanged and unread
	 * @param at when it was read
	 * @param next when to read it next
	 */
	record Reading(UpstreamStatus status, Instant since, Validators validators, @Nullable StatusFormat format,
			Instant at, Instant next) {
	}

	/**
	 * A provider's watch as stored.
	 *
	 * @param provider the provider
	 * @param feed the address read
	 * @param status the provider's status as a whole, unknown until read
	 * @param since since when it has had that status
	 * @param validators the last readable answer's validators and hash
	 * @param format the format last read
	 * @param lastReadAt the last read that found the page readable
	 * @param lastAttemptAt the last read tried
	 * @param failures failed reads since the last readable one
	 * @param lastError why the last read failed, null after a readable one
	 * @param nextPollAt when it is read next
	 */
	record Watch(ProviderId provider, String feed, UpstreamStatus status, Instant since, Validators validators,
			@Nullable StatusFormat format, @Nullable Instant lastReadAt, @Nullable Instant lastAttemptAt, int failures,
			@Nullable String lastError, Instant nextPollAt) {
	}

}
