package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.sharpend.alert.ActionTaken;

/**
 * How one alert group ended, in the terms the noise tables count. A group can be in more
 * than one of them (acknowledged without action and re-fired, say); an open group is in
 * none but {@code linkedToIncident}.
 *
 * @param group the alert group's id
 * @param autoResolvedBeforeAcknowledgement it resolved by itself before anyone
 * acknowledged it ("it'll clear")
 * @param acknowledgedWithoutAction it was acknowledged, then resolved (by itself or by
 * hand) with no timeline entry, no note and no silence by a person from the first
 * acknowledgement to the resolution, no incident linked before it resolved, and no answer
 * "action taken" from the responder (a "no action" answer does not undo an action seen)
 * @param linkedToIncident it was declared as, or attached to, an incident at any time
 * @param refired another group of the same rule opened within {@link #REFIRE_WINDOW} of
 * its resolution (from the resolution instant up to and including 24 h after it)
 */
record GroupOutcome(long group, boolean autoResolvedBeforeAcknowledgement, boolean acknowledgedWithoutAction,
		boolean linkedToIncident, boolean refired) {

	/** How soon after a resolution a new group of the same rule counts as a re-fire. */
	static final Duration REFIRE_WINDOW = Duration.ofHours(24);

	/**
	 * The outcome of each group of one alert rule, in the order given. Re-fires are found
	 * among the given groups, so pass every group of the rule that opened up to 24 h
	 * after the last resolution of interest.
	 */
	static List<GroupOutcome> ofRule(List<GroupHistory> groups) {
		List<GroupSummary> summaries = groups.stream().map((group) -> GroupSummary.of(group, null)).toList();
		Set<Long> refired = refired(summaries);
		List<GroupOutcome> outcomes = new ArrayList<>(groups.size());
		for (GroupSummary group : summaries) {
			outcomes.add(new GroupOutcome(group.group(), group.clearedBySelf(), group.acknowledgedWithoutAction(),
					group.linkedToIncident(), refired.contains(group.group())));
		}
		return outcomes;
	}

	/**
	 * The groups, all of one rule, followed by another group of the rule within
	 * {@link #REFIRE_WINDOW} of their resolution. Pass every group of the rule that
	 * opened up to 24 h after the last resolution of interest.
	 */
	static Set<Long> refired(List<GroupSummary> groups) {
		List<GroupSummary> byOpening = new ArrayList<>(groups);
		byOpening.sort(Comparator.comparing(GroupSummary::opened));
		Set<Long> refired = new HashSet<>();
		for (GroupSummary group : groups) {
			if (refired(group, byOpening)) {
				refired.add(group.group());
			}
		}
		return refired;
	}

	static boolean acknowledgedWithoutAction(GroupHistory group) {
		if (group.firstAcknowledgement().isEmpty() || group.resolution().isEmpty()
				|| group.answer().filter((answer) -> answer == ActionTaken.ACTION_TAKEN).isPresent()) {
			return false;
		}
		Instant from = group.firstAcknowledgement().get();
		Instant to = group.resolution().get().at();
		if (to.isBefore(from)) {
			return false;
		}
		boolean acted = group.actions().stream().anyMatch((action) -> within(action.at(), from, to))
				|| group.silences().stream().anyMatch((silence) -> within(silence, from, to))
				|| group.incidents().stream().anyMatch((link) -> !link.at().isAfter(to));
		return !acted;
	}

	private static boolean refired(GroupSummary group, List<GroupSummary> byOpening) {
		if (group.resolved() == null) {
			return false;
		}
		Instant resolved = group.resolved();
		Instant until = resolved.plus(REFIRE_WINDOW);
		for (int i = firstOpenedAtOrAfter(byOpening, resolved); i < byOpening.size(); i++) {
			GroupSummary next = byOpening.get(i);
			if (next.opened().isAfter(until)) {
				return false;
			}
			if (next.group() != group.group()) {
				return true;
			}
		}
		return false;
	}

	// binary search: a rebuild classifies every group of a rule, so a linear scan per
	// group would be quadratic in the rule's history
	private static int firstOpenedAtOrAfter(List<GroupSummary> byOpening, Instant at) {
		int low = 0;
		int high = byOpening.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (byOpening.get(mid).opened().isBefore(at)) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static boolean within(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && !at.isAfter(to);
	}

}
