package dev.sharpend.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Figures computed from the rollups, kept until the rollups change. Computing a window's
 * figures reads every alert group of the window (over a hundred thousand rows for 90 days
 * of a busy installation) while the rollups change at most once per rollup run, so each
 * request first reads the rollups' generation (one row) and recomputes only when it moved
 * on. Figures that depend on the time as well (weeks, flapping samples) are also
 * recomputed once they are older than the rollup interval, so they are never staler than
 * the freshness the page states. A figure is computed by one request at a time; others
 * asking for it meanwhile wait for that result rather than compute it again.
 */
@Component
class InsightFigureCache {

	private final InsightRepository repository;

	private final Clock clock;

	private final Duration maxAge;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	InsightFigureCache(InsightRepository repository, InsightProperties properties, Clock clock) {
		this.repository = repository;
		this.clock = clock;
		this.maxAge = properties.rollupInterval();
	}

	/**
	 * @param key what is computed (a window, a filter): one entry is kept per key
	 * @param basis what else the figure depends on and that moves on with time (the
	 * window's start): a different basis computes it again
	 */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Object basis, Supplier<T> compute) {
		long generation = this.repository.generation();
		Entry entry = this.entries.computeIfAbsent(key, (k) -> new Entry());
		synchronized (entry) {
			Instant now = this.clock.instant();
			if (entry.value == null || entry.generation != generation || !basis.equals(entry.basis)
					|| entry.computedAt.plus(this.maxAge).isBefore(now)) {
				entry.value = compute.get();
				entry.basis = basis;
				entry.generation = generation;
				entry.computedAt = now;
			}
			return (T) entry.value;
		}
	}

	private static final class Entry {

		private Object value;

		private Object basis;

		private long generation;

		private Instant computedAt = Instant.EPOCH;

	}

}
