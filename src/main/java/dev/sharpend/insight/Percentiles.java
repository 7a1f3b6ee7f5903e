package dev.sharpend.insight;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The median and 95th percentile of a set of durations, by the nearest-rank method: the
 * p-th percentile of n sorted values is the value at rank ceil(p / 100 × n), counting
 * from 1. It is always one of the measured durations, never an interpolation, so a reader
 * can find the group behind it.
 *
 * @param count how many durations there are
 * @param p50 the median, empty when there are none
 * @param p95 the 95th percentile, empty when there are none
 */
record Percentiles(int count, Optional<Duration> p50, Optional<Duration> p95) {

	static Percentiles of(Collection<Duration> durations) {
		List<Duration> sorted = durations.stream().sorted().toList();
		if (sorted.isEmpty()) {
			return new Percentiles(0, Optional.empty(), Optional.empty());
		}
		return new Percentiles(sorted.size(), Optional.of(nearestRank(sorted, 50)),
				Optional.of(nearestRank(sorted, 95)));
	}

	/** The p-th percentile (0 < p ≤ 100) of a non-empty, ascending list. */
	static Duration nearestRank(List<Duration> ascending, int percent) {
		if (percent <= 0 || percent > 100 || ascending.isEmpty()) {
			throw new IllegalArgumentException("A percentile needs 0 < p <= 100 and at least one value");
		}
		// integer ceiling of percent × n / 100, so no floating-point rounding decides a
		// rank
		int rank = (percent * ascending.size() + 99) / 100;
		return ascending.get(rank - 1);
	}

}
