package dev.sharpend.provider;

import java.time.Clock;
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
 * Secret, revocable links to the upstream maintenance calendar as an iCalendar feed, so a
 * team subscribes in the calendar it already reads. Each link is made by a person, who
 * alone sees and revokes it; only a SHA-256 hash of its secret is stored, and the link of
 * a deactivated person answers nothing.
 */
@Service
@Transactional
public class MaintenanceFeeds {

	private static final String GONE = "This calendar link does not exist or was revoked.";

	private final FeedLinks links;

	private final MaintenanceCalendar calendar;

	private final OurComponents ours;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	MaintenanceFeeds(JdbcClient jdbc, Clock clock, MaintenanceCalendar calendar, OurComponents ours, Accounts accounts,
			ApplicationEventPublisher events) {
		this.links = new FeedLinks(jdbc, clock, "provider_calendar_feed", "user_id");
		this.calendar = calendar;
		this.ours = ours;
		this.accounts = accounts;
		this.events = events;
	}

	/** A new link made by the person; its secret is in the answer only. */
	public Created create(UserId person) {
		FeedLinks.Made made = this.links.create(person.value());
		this.events.publishEvent(new MaintenanceFeedCreated(made.link().id().toString(), person.toString()));
		return new Created(made.link(), made.secret());
	}

	/** The person's links, newest first, revoked ones included. */
	@Transactional(readOnly = true)
	public List<FeedLinks.Link> of(UserId person) {
		return this.links.of(person.value());
	}

	/**
	 * Revokes one of the person's links; revoking it again changes nothing.
	 * @throws RequestRejected (not found) for a link that is not theirs, as for one that
	 * does not exist, so ids cannot be probed
	 */
	public void revoke(UserId person, UUID id) {
		if (this.links.revoke(person.value(), id)) {
			this.events.publishEvent(new MaintenanceFeedRevoked(id.toString(), person.toString()));
		}
	}

	/**
	 * The feed behind a secret, computed now over the calendar's range.
	 * @throws RequestRejected (not found) for an unknown or revoked secret, or a
	 * deactivated person's
	 */
	@Transactional(readOnly = true)
	public String document(String secret) {
		User person = this.accounts.require(new UserId(this.links.owner(secret)));
		if (!person.active()) {
			throw RequestRejected.notFound(GONE);
		}
		MaintenanceCalendar.Range range = this.calendar.range();
		return MaintenanceIcal.render(this.calendar.upstream(range.from(), range.to()), this.ours.names(), range.now());
	}

	/**
	 * A link just made, with its secret, which is shown this once.
	 *
	 * @param link the link
	 * @param secret the secret part of its address
	 */
	public record Created(FeedLinks.Link link, String secret) {
	}

}
