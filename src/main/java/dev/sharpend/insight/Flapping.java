package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whether an alert rule flaps, by the percent state change Nagios Core publishes for its
 * hosts and services (its flap detection documentation and {@code base/flapping.c}),
 * taken as a definition (not as code):
 * <ol>
 * <li>Take the rule's last {@value #STATES} states, oldest first; that gives 20
 * transitions, numbered x = 1 (oldest) to 20 (newest).</li>
 * <li>Each transition where the state differs from the one before weighs 0.75 + (x − 1) ×
 * (1.25 − 0.75) / 19: the oldest change 0.75, the newest 1.25, rising linearly, so recent
 * changes count more.</li>
 * <li>The percent state change is the sum of those weights × 100 / 20. Twenty changes
 * weigh 20 in all, so a rule that changes on every state scores exactly 100.</li>
 * <li>Hysteresis: a rule starts flapping when the percentage reaches the high threshold
 * (≥), stops when it falls to the low threshold or below (≤), and keeps its flag in
 * between, so a rule near one threshold does not toggle on every state (Nagios compares
 * the same way).</li>
 * </ol>
 * A rule with fewer than {@value #STATES} states is read as if its first known state had
 * held before, so the missing transitions add nothing. Defaults: low
 * {@value #DEFAULT_LOW_THRESHOLD} %, high {@value #DEFAULT_HIGH_THRESHOLD} % (the example
 * in the Nagios documentation; Nagios Core compiles in 20 and 30).
 * <p>
 * <b>A rule's states</b> ({@link #states}): the rule fires when its first open alert
 * group opens (no other group of the rule open) and resolves when its last open group
 * resolves; each of those transitions is a state. Nagios records a state for every check,
 * and a steady check records the same state again; a rule publishes no checks, so while
 * it stays in one state the state is recorded again once every sampling interval (default
 * one hour, as Nagios does for hosts between state changes), counted from the last state
 * recorded, up to now. Without those repeats every state would differ from the one before
 * and every rule with 21 transitions would score 100.
 */
final class Flapping {

	/** How many of a rule's latest states are weighed. */
	static final int STATES = 21;

	/** The weight of the oldest of the 20 transitions. */
	static final double LOWEST_WEIGHT = 0.75;

	/** The weight of the newest transition. */
	static final double HIGHEST_WEIGHT = 1.25;

	/** Percent state change at or below which a flapping rule stops flapping. */
	static final double DEFAULT_LOW_THRESHOLD = 25.0;

	/** Percent state change at or above which a rule starts flapping. */
	static final double DEFAULT_HIGH_THRESHOLD = 50.0;

	/** How often a rule that stays in one state records it again. */
	static final Duration DEFAULT_SAMPLING = Duration.ofHours(1);

	/** How many states before the last 21 the hysteresis is followed over. */
	static final int HYSTERESIS_LEAD = 2 * STATES;

	static final Thresholds DEFAULTS = new Thresholds(DEFAULT_LOW_THRESHOLD, DEFAULT_HIGH_THRESHOLD);

	static final Settings DEFAULT_SETTINGS = new Settings(DEFAULTS, DEFAULT_SAMPLING);

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

	/**
	 * The states of one rule up to {@code now}, oldest first, from its alert groups (any
	 * order): a state at each fire and resolution of the rule, and the current state
	 * again every {@code sampling} while it does not change. Only the states of the last
	 * {@value #STATES} + {@value #HYSTERESIS_LEAD} + 2 sampling intervals are listed: a
	 * rule records at least one state per interval, so {@link #verdict} never reads an
	 * earlier one, and a rule's 90 days stay a few dozen states.
	 */
	static List<State> states(List<GroupSummary> groups, Instant now, Duration sampling) {
		List<Edge> edges = new ArrayList<>();
		for (GroupSummary group : groups) {
			edges.add(new Edge(group.opened(), 1));
			if (group.resolved() != null) {
				edges.add(new Edge(group.resolved(), -1));
			}
		}
		// a resolution at the very instant another group opens keeps the rule firing
		edges.sort(Comparator.comparing(Edge::at).thenComparing(Edge::step, Comparator.reverseOrder()));
		Instant from = now.minus(sampling.multipliedBy(STATES + HYSTERESIS_LEAD + 2));
		List<State> states = new ArrayList<>();
		State last = null;
		int open = 0;
		for (Edge edge : edges) {
			if (edge.at().isAfter(now)) {
				break;
			}
			int before = open;
			open = Math.max(0, open + edge.step());
			if ((before == 0) != (open == 0)) {
				repeat(states, last, from, edge.at(), sampling);
				last = new State(edge.at(), (open > 0) ? RuleState.FIRING : RuleState.RESOLVED, false);
				if (!last.at().isBefore(from)) {
					states.add(last);
				}
			}
		}
		repeat(states, last, from, now.plusNanos(1), sampling);
		return states;
	}

	// the last state again at each whole sampling interval after it, from {@code from} on
	// and before {@code until}
	private static void repeat(List<State> states, State last, Instant from, Instant until, Duration sampling) {
		if (last == null) {
			return;
		}
		Instant at = last.at().plus(sampling);
		if (at.isBefore(from)) {
			// skip the intervals before {@code from} at once: a quiet rule has months of
			// them
			long skipped = Duration.between(at, from).toNanos() / sampling.toNanos();
			at = at.plus(sampling.multipliedBy(skipped));
			while (at.isBefore(from)) {
				at = at.plus(sampling);
			}
		}
		for (; at.isBefore(until); at = at.plus(sampling)) {
			states.add(new State(at, last.state(), true));
		}
	}

	/**
	 * Where a rule stands: its percent state change over its last {@value #STATES} states
	 * and whether it flaps, the hysteresis followed over the {@value #HYSTERESIS_LEAD}
	 * states before those (starting as not flapping).
	 */
	static Verdict verdict(List<State> states, Thresholds thresholds) {
		int from = Math.max(0, states.size() - STATES - HYSTERESIS_LEAD);
		List<State> followed = states.subList(from, states.size());
		List<Reading> readings = timeline(states.subList(from, states.size()).stream().map(State::state).toList(),
				thresholds);
		int shown = Math.max(0, followed.size() - STATES);
		List<State> last = followed.subList(shown, followed.size());
		Reading now = readings.isEmpty() ? new Reading(0.0, false) : readings.get(readings.size() - 1);
		int changes = 0;
		for (int i = 1; i < last.size(); i++) {
			if (last.get(i).state() != last.get(i - 1).state()) {
				changes++;
			}
		}
		return new Verdict(now.percent(), now.flapping(), changes, List.copyOf(last),
				List.copyOf(readings.subList(shown, readings.size())), thresholds);
	}

	/**
	 * One state of a rule.
	 *
	 * @param at when it was recorded
	 * @param state firing or resolved
	 * @param repeated recorded again because nothing changed for a sampling interval
	 */
	record State(Instant at, RuleState state, boolean repeated) {
	}

	private record Edge(Instant at, int step) {
	}

	/**
	 * A rule's flapping now.
	 *
	 * @param percent the percent state change of its last {@value #STATES} states
	 * @param flapping whether it flaps, with hysteresis
	 * @param changes the changes among its last {@value #STATES} states
	 * @param states its last {@value #STATES} states (or fewer), oldest first
	 * @param readings the percentage and flag after each of those states
	 * @param thresholds the thresholds it was judged by
	 */
	record Verdict(double percent, boolean flapping, int changes, List<State> states, List<Reading> readings,
			Thresholds thresholds) {

		/** The percentage rounded to one decimal, as pages and the API show it. */
		double rounded() {
			return Math.round(this.percent * 10) / 10.0;
		}

	}

	/**
	 * How flapping is judged.
	 *
	 * @param thresholds the hysteresis thresholds
	 * @param sampling how often a rule that stays in one state records it again
	 */
	record Settings(Thresholds thresholds, Duration sampling) {

		Settings {
			if (sampling.isNegative() || sampling.isZero()) {
				throw new IllegalArgumentException("The flapping sampling interval must be positive, got " + sampling);
			}
		}

	}

}
