package dev.sharpend.notify;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the wait doubles after each failure up to a ceiling,
 * and varies by up to a fifth either way so receivers that failed together are not all
 * retried in the same second.
 */
final class Backoff {

	private final Duration base;

	private final Duration max;

	Backoff(Duration base, Duration max) {
		this.base = base;
		this.max = max;
	}

	/**
	 * The wait before the next attempt after {@code failures} failed attempts (from 1).
	 */
	Duration after(int failures) {
		long millis = this.base.toMillis() << Math.min(Math.max(failures - 1, 0), 30);
		long capped = Math.min(Math.max(millis, 0), this.max.toMillis());
		double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
		return Duration.ofMillis((long) (capped * jitter));
	}

}
