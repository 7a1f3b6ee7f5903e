package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secret, revocable links to a schedule's shifts as iCalendar feeds. Only a SHA-256 hash
 * of each secret is stored. A feed shows the week past and the eight weeks ahead.
 */
@Service
@Transactional
public class CalendarFeeds {

	static final Duration PAST = Duration.ofDays(7);

	static final Duration AHEAD = Duration.ofDays(56);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Schedules schedules, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.events = events;
		this.clock = clock;
	}

	/** A new link to the schedule's feed; its secret is in the answer only. */
	public CalendarFeed.Created create(ScheduleId schedule) {
		this.schedules.require(schedule);
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String secret = "cal_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		CalendarFeed feed = new CalendarFeed(UUID.randomUUID(), schedule, this.clock.instant(), null);
		this.jdbc.sql("""
				insert into oncall_calendar_feed (id, schedule_id, token_hash, created_at)
				values (:id, :schedule, :hash, :created)""")
			.param("id", feed.id())
			.param("schedule", schedule.value())
			.param("hash", hash(secret))
			.param("created", Timestamps.toColumn(feed.createdAt()))
			.update();
		this.events.publishEvent(new CalendarFeedCreated(feed.id().toString(), "schedule=" + schedule));
		return new CalendarFeed.Created(feed, secret);
	}

	/** The schedule's links, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<CalendarFeed> of(ScheduleId schedule) {
		this.schedules.require(schedule);
		return this.jdbc
			.sql("select * from oncall_calendar_feed where schedule_id = :schedule order by created_at desc")
			.param("schedule", schedule.value())
			.query(CalendarFeeds::map)
			.list();
	}

	/** Revokes a link; revoking it again changes nothing. */
	public void revoke(UUID id) {
		CalendarFeed feed = this.jdbc.sql("select * from oncall_calendar_feed where id = :id")
			.param("id", id)
			.query(CalendarFeeds::map)
			.optional()
			.orElseThrow(() -> RequestRejected.notFound("There is no calendar link " + id + "."));
		if (feed.revokedAt() == null) {
			this.jdbc.sql("update oncall_calendar_feed set revoked_at = :now where id = :id")
				.param("id", id)
				.param("now", Timestamps.toColumn(this.clock.instant()))
				.update();
			this.events.publishEvent(new CalendarFeedRevoked(id.toString(), "schedule=" + feed.schedule()));
		}
	}

	/**
	 * The feed behind a secret, computed now.
	 * @throws RequestRejected (not found) for an unknown or revoked secret
	 */
	@Transactional(readOnly = true)
	public String document(String secret, Function<UserId, String> names) {
		ScheduleId schedule = active(secret)
			.orElseThrow(() -> RequestRejected.notFound("This calendar link does not exist or was revoked."));
		Instant now = this.clock.instant();
		FinalSchedule plan = this.schedules.finalSchedule(schedule, now.minus(PAST), now.plus(AHEAD));
		return ScheduleCalendar.render(this.schedules.require(schedule), plan, names, now);
	}

	private Optional<ScheduleId> active(String secret) {
		return this.jdbc
			.sql("select schedule_id from oncall_calendar_feed where token_hash = :hash and revoked_at is null")
			.param("hash", hash(secret))
			.query((rs, n) -> new ScheduleId(rs.getObject("schedule_id", UUID.class)))
			.optional();
	}

	private static CalendarFeed map(ResultSet rs, int row) throws SQLException {
		return new CalendarFeed(rs.getObject("id", UUID.class), new ScheduleId(rs.getObject("schedule_id", UUID.class)),
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

}
