package dev.sharpend.insight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.sharpend.alert.ActionTaken;

/**
 * The noise figures of one alert rule over the groups given (those that opened in a
 * window, plus any opened up to 24 h after it so re-fires near its end are seen). Shares
 * are of {@code fires}: a group still open counts as a fire and in none of the shares
 * yet.
 *
 * @param rule the alert rule
 * @param fires alert groups opened
 * @param pages pages sent about them
 * @param autoResolvedBeforeAcknowledgement groups that cleared by themselves first
 * @param acknowledgedWithoutAction groups acknowledged, then resolved with no action
 * @param linkedToIncident groups declared as or attached to an incident
 * @param refires groups followed by another of the rule within 24 h of resolving
 * @param responseTimes time to acknowledge and to resolve
 * @param answers the answers to "was action taken?" given for the groups
 */
record RuleFigures(String rule, int fires, int pages, int autoResolvedBeforeAcknowledgement,
		int acknowledgedWithoutAction, int linkedToIncident, int refires, ResponseTimes responseTimes,
		Answers answers) {

	/**
	 * The figures of {@code groups}, all of one rule; {@code later} only reveal re-fires.
	 */
	static RuleFigures of(String rule, List<GroupHistory> groups, List<GroupHistory> later) {
		return summarised(rule, groups.stream().map((group) -> GroupSummary.of(group, null)).toList(),
				later.stream().map((group) -> GroupSummary.of(group, null)).toList());
	}

	/**
	 * The figures of {@code groups}, all of one rule, from their rollup rows;
	 * {@code later} only reveal re-fires.
	 */
	static RuleFigures summarised(String rule, List<GroupSummary> groups, List<GroupSummary> later) {
		List<GroupSummary> all = new ArrayList<>(groups);
		all.addAll(later);
		return counted(rule, groups, GroupOutcome.refired(all));
	}

	/**
	 * The figures of {@code groups}, of one rule or several (a team's, an integration's),
	 * under {@code name}; {@code refired} names the groups that re-fired, found rule by
	 * rule.
	 */
	static RuleFigures counted(String name, List<GroupSummary> groups, Set<Long> refired) {
		return new RuleFigures(name, groups.size(), groups.stream().mapToInt(GroupSummary::pages).sum(),
				count(groups, GroupSummary::clearedBySelf), count(groups, GroupSummary::acknowledgedWithoutAction),
				count(groups, GroupSummary::linkedToIncident), count(groups, (g) -> refired.contains(g.group())),
				ResponseTimes.summarised(groups), answers(groups));
	}

	private static Answers answers(List<GroupSummary> groups) {
		Map<ActionTaken, Integer> counts = new EnumMap<>(ActionTaken.class);
		for (ActionTaken answer : ActionTaken.values()) {
			counts.put(answer, count(groups, (g) -> g.answer() == answer));
		}
		return new Answers(counts, count(groups, (g) -> g.resolved() != null && g.answer() == null));
	}

	/** A count as a share of the fires, 0 to 1; 0 when the rule did not fire. */
	double share(int count) {
		return (this.fires == 0) ? 0.0 : (double) count / this.fires;
	}

	private static int count(List<GroupSummary> groups, Predicate<GroupSummary> which) {
		return (int) groups.stream().filter(which).count();
	}

	/**
	 * The answers to "was action taken?" for a rule's groups: each group counts once,
	 * with its latest answer.
	 *
	 * @param counts the groups per answer, every answer present in its declared order
	 * @param unanswered resolved groups nobody answered for
	 */
	record Answers(Map<ActionTaken, Integer> counts, int unanswered) {

		Answers {
			counts = Collections.unmodifiableMap(new EnumMap<>(counts));
		}

		/** The groups answered with this answer. */
		public int of(ActionTaken answer) {
			return this.counts.getOrDefault(answer, 0);
		}

		/** The groups answered at all. */
		public int answered() {
			return this.counts.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

}
