package dev.sharpend.oncall;

import java.time.Instant;

/** A stretch of time from start (inclusive) to end (exclusive). */
record Period(Instant start, Instant end) {

	boolean covers(Instant at) {
		return !at.isBefore(this.start) && at.isBefore(this.end);
	}

}
