package dev.sharpend.insight;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether an alert rule flaps, by the percent state change Nagios publishes for its
 * checks, taken as a definition (not as code):
 * <ol>
 * <li>Take the rule's last {@value #STATES} states, oldest first; that gives 20
 * transitions, numbered x = 1 (oldest) to 20 (newest).</li>
 * <li>Each transition where the state differs from the one before weighs 0.75 + (x − 1) ×
 * (1.25 − 0.75) / 19: the oldest change 0.75, the newest 1.25, rising linearly, so recent
 * changes count more.</li>
 * <li>The percent state change is the sum of those weights × 100 / 20. Twenty changes
 * weigh 20 in all, so a rule that changes on every state scores exactly 100.</li>
 * <li>Hysteresis: a rule starts flapping when the percentage reaches the high threshold,
 * stops when it falls to the low threshold or below, and keeps its flag in between, so a
 * rule near one threshold does not toggle on every state.</li>
 * </ol>
 * A rule with fewer than {@value #STATES} states is read as if its first known state had
 * held before, so the missing transitions add nothing. Defaults: low
 * {@value #DEFAULT_LOW_THRESHOLD}, high {@value #DEFAULT_HIGH_THRESHOLD} (the defaults
 * compiled into Nagios Core for services).
 */
final class Flapping {

	/** How many of a rule's latest states are weighed. */
	static final int STATES = 21;

	/** The weight of the oldest of the 20 transitions. */
	static final double LOWEST_WEIGHT = 0.75;

	/** The weight of the newest transition. */
	static final double HIGHEST_WEIGHT = 1.25;

	/** Percent state change at or below which a flapping rule stops flapping. */
	static final double DEFAULT_LOW_THRESHOLD = 20.0;

	/** Percent state change at or above which a rule starts flapping. */
	static final double DEFAULT_HIGH_THRESHOLD = 30.0;

	static final Thresholds DEFAULTS = new Thresholds(DEFAULT_LOW_THRESHOLD, DEFAULT_HIGH_THRESHOLD);

	private static final int TRANSITIONS = STATES - 1;

	// every weight in 76ths: 0.75 = 57/76 and each step up (0.5 / 19) = 2/76, so the sum
	// stays an exact integer and only the final division rounds
	private static final int OLDEST_WEIGHT_76THS = 57;

	private static final int STEP_76THS = 2;

	private Flapping() {
	}

	/** A rule's state as one alert notification for it reported it. */
	enum RuleState {

		/** At least one alert of the rule was firing. */
		FIRING,

		/** The rule's alerts had resolved. */
		RESOLVED

	}

	/**
	 * The percent state change (0 to 100) of the last {@value #STATES} of these states,
	 * oldest first; earlier states are ignored. No states score 0.
	 */
	static double percentStateChange(List<RuleState> oldestFirst) {
		if (oldestFirst.isEmpty()) {
			return 0.0;
		}
		List<RuleState> last = oldestFirst.subList(Math.max(0, oldestFirst.size() - STATES), oldestFirst.size());
		int missing = STATES - last.size();
		int weight76ths = 0;
		for (int i = 1; i < last.size(); i++) {
			if (last.get(i) != last.get(i - 1)) {
				int x = missing + i;
				weight76ths += OLDEST_WEIGHT_76THS + (x - 1) * STEP_76THS;
			}
		}
		return weight76ths * 100.0 / (TRANSITIONS * 76);
	}

	/**
	 * The percent state change and flapping flag after each state, oldest first, for a
	 * rule that was not flapping before the first: the flapping timeline of a rule page.
	 */
	static List<Reading> timeline(List<RuleState> oldestFirst, Thresholds thresholds) {
		List<Reading> readings = new ArrayList<>(oldestFirst.size());
		boolean flapping = false;
		for (int i = 1; i <= oldestFirst.size(); i++) {
			double percent = percentStateChange(oldestFirst.subList(0, i));
			flapping = thresholds.flapping(flapping, percent);
			readings.add(new Reading(percent, flapping));
		}
		return readings;
	}

	/**
	 * One point of a flapping timeline.
	 *
	 * @param percent the percent state change after a state
	 * @param flapping whether the rule was flapping then
	 */
	record Reading(double percent, boolean flapping) {
	}

	/**
	 * The two thresholds of the hysteresis, in percent state change.
	 *
	 * @param low at or below it a flapping rule stops flapping
	 * @param high at or above it a rule starts flapping
	 */
	record Thresholds(double low, double high) {

		Thresholds {
			if (low < 0 || high > 100 || low >= high) {
				throw new IllegalArgumentException(
						"Flapping thresholds need 0 <= low < high <= 100, got low " + low + " and high " + high);
			}
		}

		/** Whether a rule flaps now, given whether it flapped before this percentage. */
		boolean flapping(boolean wasFlapping, double percent) {
			if (percent >= this.high) {
				return true;
			}
			if (percent <= this.low) {
				return false;
			}
			return wasFlapping;
		}

	}

}
