package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: it holds at most one minute's worth of tokens, refills continuously at
 * the rate, and each admitted delivery takes one. A sender that has been quiet may so
 * send a minute's worth at once, then no faster than the rate.
 */
final class TokenBucket {

	private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

	private final int perMinute;

	/** Tokens held, in nano-tokens (a token times a minute's nanoseconds), exact. */
	private long held;

	private Instant refilledAt;

	/** A full bucket. */
	TokenBucket(int perMinute, Instant now) {
		this.perMinute = perMinute;
		this.held = capacity();
		this.refilledAt = now;
	}

	int perMinute() {
		return this.perMinute;
	}

	/**
	 * Takes a token if there is one.
	 * @return zero when a token was taken, or how long until the next one is there
	 */
	synchronized Duration take(Instant now) {
		refill(now);
		if (this.held >= NANOS_PER_MINUTE) {
			this.held -= NANOS_PER_MINUTE;
			return Duration.ZERO;
		}
		long missing = NANOS_PER_MINUTE - this.held;
		// each nanosecond adds perMinute nano-tokens; round up to a whole nanosecond
		return Duration.ofNanos((missing + this.perMinute - 1) / this.perMinute);
	}

	private void refill(Instant now) {
		long elapsed = Duration.between(this.refilledAt, now).toNanos();
		if (elapsed <= 0) {
			// a clock set back refills nothing until it passes the last reading again
			return;
		}
		this.refilledAt = now;
		long room = capacity() - this.held;
		// elapsed * perMinute may overflow after a long quiet; the bucket is full then
		// anyway
		this.held = (elapsed > room / this.perMinute) ? capacity() : this.held + elapsed * this.perMinute;
	}

	private long capacity() {
		return (long) this.perMinute * NANOS_PER_MINUTE;
	}

}
