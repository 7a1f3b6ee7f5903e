package dev.sharpend.incident.timeline;

import java.time.Instant;
import java.util.List;

/**
 * An idea of what is going on, with what speaks for or against it.
 *
 * @param id the hypothesis's id
 * @param incident the incident's number
 * @param statement what the team thinks might be true
 * @param status open, supported or refuted
 * @param createdAt when it was recorded
 * @param createdBy who recorded it
 * @param evidence ids of timeline entries that bear on it
 * @param changes every status it took, oldest first (the first is its recording)
 */
public record Hypothesis(long id, long incident, String statement, HypothesisStatus status, Instant createdAt,
		String createdBy, List<Long> evidence, List<Change> changes) {

	/**
	 * One status change.
	 *
	 * @param status the status it took
	 * @param at when
	 * @param by who
	 */
	public record Change(HypothesisStatus status, Instant at, String by) {
	}

}
