package dev.sharpend.oncall;

import java.time.Instant;

import dev.sharpend.identity.UserId;

/**
 * One person's turn in one rotation, from start (inclusive) to end (exclusive).
 *
 * @param start when the turn begins
 * @param end when it ends
 * @param user who is on call
 */
public record Shift(Instant start, Instant end, UserId user) {

	boolean covers(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

}
