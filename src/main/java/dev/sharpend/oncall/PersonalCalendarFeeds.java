package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.FeedLinks;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's secret, revocable links to their own shifts across every schedule, as
 * iCalendar feeds over the same range as a schedule's feed. Only a SHA-256 hash of each
 * secret is stored; a person sees and revokes only their own links, and the link of a
 * deactivated person answers nothing.
 */
@Service
@Transactional
public class PersonalCalendarFeeds {

	private final FeedLinks links;

	private final Schedules schedules;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PersonalCalendarFeeds(JdbcClient jdbc, Schedules schedules, Accounts accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.links = new FeedLinks(jdbc, clock, "oncall_personal_calendar_feed", "user_id");
		this.schedules = schedules;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A new link to the person's shifts; its secret is in the answer only. */
	public PersonalCalendarFeed.Created create(UserId person) {
		FeedLinks.Made made = this.links.create(person.value());
		this.events.publishEvent(new CalendarFeedCreated(made.link().id().toString(), "person=" + person));
		return new PersonalCalendarFeed.Created(PersonalCalendarFeed.of(made.link()), made.secret());
	}

	/** The person's links, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<PersonalCalendarFeed> of(UserId person) {
		return this.links.of(person.value()).stream().map(PersonalCalendarFeed::of).toList();
	}

	/**
	 * Revokes one of the person's links; revoking it again changes nothing.
	 * @throws RequestRejected (not found) for a link that is not theirs, as for one that
	 * does not exist, so ids cannot be probed
	 */
	public void revoke(UserId person, UUID id) {
		if (this.links.revoke(person.value(), id)) {
			this.events.publishEvent(new CalendarFeedRevoked(id.toString(), "person=" + person));
		}
	}

	/**
	 * The feed behind a secret, computed now.
	 * @throws RequestRejected (not found) for an unknown or revoked secret, or a
	 * deactivated person's
	 */
	@Transactional(readOnly = true)
	public String document(String secret) {
		User person = this.accounts.require(new UserId(this.links.owner(secret)));
		if (!person.active()) {
			throw RequestRejected.notFound("This calendar link does not exist or was revoked.");
		}
		Instant now = this.clock.instant();
		List<PersonalCalendar.Plan> plans = this.schedules.all()
			.stream()
			.map((s) -> new PersonalCalendar.Plan(s,
					this.schedules.finalSchedule(s.id(), now.minus(CalendarFeeds.PAST), now.plus(CalendarFeeds.AHEAD))))
			.toList();
		return PersonalCalendar.render(person.id(), person.displayName(), plans, now);
	}

}
