package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.api.ScheduleId;

/**
 * A secret link to a schedule's shifts as an iCalendar feed, for calendar apps that
 * cannot sign in. The link is the credential; revoking it makes it answer nothing.
 *
 * @param id the feed's id
 * @param schedule the schedule it shows
 * @param createdAt when the link was made
 * @param revokedAt when it was revoked, null while it works
 */
public record CalendarFeed(UUID id, ScheduleId schedule, Instant createdAt, @Nullable Instant revokedAt) {

	/**
	 * A feed just made, with its secret, which is shown this once.
	 *
	 * @param feed the feed
	 * @param secret the secret part of its link
	 */
	public record Created(CalendarFeed feed, String secret) {
	}

}
