package dev.sharpend.search;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import dev.sharpend.search.SearchChangeRepository.Change;

/**
 * Where a node is in the recorded changes. Sequence numbers are taken when a transaction
 * writes, not when it commits, so a later number can become visible first: numbers
 * skipped over are watched for a while (a rolled-back transaction leaves a hole that
 * never fills).
 */
final class ChangeCursor {

	private static final long GAP_WATCH_NANOS = TimeUnit.SECONDS.toNanos(60);

	private static final int MAX_GAPS = 10_000;

	private final TreeMap<Long, Long> gaps = new TreeMap<>();

	private long applied;

	void reset(long sequence) {
		this.applied = sequence;
		this.gaps.clear();
	}

	/** The next changes to apply: skipped ones that appeared, then newer ones. */
	List<Change> next(SearchChangeRepository changes, int limit) {
		long now = System.nanoTime();
		this.gaps.values().removeIf((since) -> now - since > GAP_WATCH_NANOS);
		List<Change> result = new ArrayList<>(changes.withSequences(this.gaps.keySet().stream().limit(1000).toList()));
		result.forEach((c) -> this.gaps.remove(c.seq()));
		List<Change> newer = changes.after(this.applied, limit);
		for (Change change : newer) {
			for (long missing = this.applied + 1; missing < change.seq() && this.gaps.size() < MAX_GAPS; missing++) {
				this.gaps.put(missing, now);
			}
			this.applied = change.seq();
		}
		result.addAll(newer);
		return result;
	}

	/** The newest sequence applied (older ones may still be awaited as gaps). */
	long appliedSequence() {
		return this.applied;
	}

	/** The sequence below which every change has been applied or given up on. */
	long safeSequence() {
		return this.gaps.isEmpty() ? this.applied : this.gaps.firstKey() - 1;
	}

}
