package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.FeedLinks;
import dev.sharpend.system.RequestRejected;

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

	private final FeedLinks links;

	private final Schedules schedules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Schedules schedules, ApplicationEventPublisher events, Clock clock) {
		this.links = new FeedLinks(jdbc, clock, "oncall_calendar_feed", "schedule_id");
		this.schedules = schedules;
		this.events = events;
		this.clock = clock;
	}

	/** A new link to the schedule's feed; its secret is in the answer only. */
	public CalendarFeed.Created create(ScheduleId schedule) {
		this.schedules.require(schedule);
		FeedLinks.Made made = this.links.create(schedule.value());
		CalendarFeed feed = feed(made.link());
		this.events.publishEvent(new CalendarFeedCreated(feed.id().toString(), "schedule=" + schedule));
		return new CalendarFeed.Created(feed, made.secret());
	}

	/** The schedule's links, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<CalendarFeed> of(ScheduleId schedule) {
		this.schedules.require(schedule);
		return this.links.of(schedule.value()).stream().map(CalendarFeeds::feed).toList();
	}

	/** Revokes a link; revoking it again changes nothing. */
	public void revoke(UUID id) {
		FeedLinks.Link link = this.links.require(id);
		if (this.links.revoke(link)) {
			this.events.publishEvent(new CalendarFeedRevoked(id.toString(), "schedule=" + feed(link).schedule()));
		}
	}

	/**
	 * The feed behind a secret, computed now.
	 * @throws RequestRejected (not found) for an unknown or revoked secret
	 */
	@Transactional(readOnly = true)
	public String document(String secret, Function<UserId, String> names) {
		ScheduleId schedule = new ScheduleId(this.links.owner(secret));
		Instant now = this.clock.instant();
		FinalSchedule plan = this.schedules.finalSchedule(schedule, now.minus(PAST), now.plus(AHEAD));
		return ScheduleCalendar.render(this.schedules.require(schedule), plan, names, now);
	}

	private static CalendarFeed feed(FeedLinks.Link link) {
		return new CalendarFeed(link.id(), new ScheduleId(link.owner()), link.createdAt(), link.revokedAt());
	}

}
