package dev.sharpend.oncall;

import java.time.Instant;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;

/**
 * A person takes over a schedule for a period, whoever the layers have then. Where
 * overrides overlap, the one added last wins.
 *
 * @param id the override's id
 * @param schedule the schedule taken over
 * @param user who is on call instead
 * @param start when the takeover begins
 * @param end when it ends
 * @param createdAt when it was added
 */
public record ScheduleOverride(OverrideId id, ScheduleId schedule, UserId user, Instant start, Instant end,
		Instant createdAt) {

	boolean covers(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

}
