package dev.sharpend.test;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Waits, bounded, for what the application does in the background (outbox workers,
 * indexing, listeners) and for processes a test started, failing with what was awaited
 * when it does not happen.
 */
public final class Eventually {

	/** Long enough for a loaded two-core machine running the PostgreSQL pass. */
	public static final Duration PATIENCE = Duration.ofSeconds(20);

	private Eventually() {
	}

	/** Waits until the condition holds. */
	public static void await(String what, BooleanSupplier condition) {
		waiting(what, PATIENCE).until(condition::getAsBoolean);
	}

	/** Probes until a value is done and returns that value. */
	public static <T> T until(String what, Supplier<T> probe, Predicate<? super T> done) {
		return until(what, PATIENCE, probe, done);
	}

	/**
	 * Probes until a value is done, for at most {@code limit}, and returns that value.
	 */
	public static <T> T until(String what, Duration limit, Supplier<T> probe, Predicate<? super T> done) {
		return waiting(what, limit).until(probe::get, done::test);
	}

	/**
	 * The underlying wait, for callers that must also give up early (a started process
	 * that exited) or poll a slow peer less often.
	 */
	public static ConditionFactory waiting(String what, Duration limit) {
		return Awaitility.await(what).atMost(limit).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50));
	}

}
