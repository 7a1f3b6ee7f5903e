package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.FeedLinks;

/**
 * A person's secret link to their own shifts, across every schedule, as an iCalendar
 * feed. The link is the credential; revoking it makes it answer nothing.
 *
 * @param id the link's id
 * @param createdAt when the link was made
 * @param revokedAt when it was revoked, null while it works
 */
public record PersonalCalendarFeed(UUID id, Instant createdAt, @Nullable Instant revokedAt) {

	static PersonalCalendarFeed of(FeedLinks.Link link) {
		return new PersonalCalendarFeed(link.id(), link.createdAt(), link.revokedAt());
	}

	/**
	 * A link just made, with its secret, which is shown this once.
	 *
	 * @param feed the link
	 * @param secret the secret part of the link
	 */
	public record Created(PersonalCalendarFeed feed, String secret) {
	}

}
