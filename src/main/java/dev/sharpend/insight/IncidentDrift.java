package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The drift signals about incidents, reviews and action items, as they stand at an
 * instant:
 * <ul>
 * <li>{@link DriftSignal.Kind#RECURRING_INCIDENT}: an incident declared in the last
 * {@value #NEW_DAYS} days shares an alert rule (a group of the rule was attached to both)
 * or an affected component with earlier incidents whose published reviews still have
 * action items to do (open or in progress); one signal per new incident.</li>
 * <li>{@link DriftSignal.Kind#REVIEW_MISSING}: an incident resolved longer ago than
 * reviews are due ({@code sharpend.insight.review-due}, 5 days by default) has no review;
 * one signal per incident, one level higher for each whole week it waits past the due
 * time.</li>
 * <li>{@link DriftSignal.Kind#ACTIONS_OVERDUE}: action items of published reviews still
 * to do after their due date, by the team of their owner (an item counts for each team
 * its owner is a member of, or under {@value #NO_TEAM}); one signal per team.</li>
 * </ul>
 */
final class IncidentDrift {

	/** How recent an incident is "new" for the recurring kind. */
	static final int NEW_DAYS = 30;

	static final String NO_TEAM = "No team";

	private IncidentDrift() {
	}

	/** The signals, by kind, then by what they are about. */
	static List<DriftSignal> find(Input input, Instant now, Duration reviewDue) {
		List<DriftSignal> signals = new ArrayList<>();
		signals.addAll(recurring(input, now));
		signals.addAll(reviewsMissing(input.unreviewed(), now, reviewDue));
		signals.addAll(overdueByTeam(input.pending()));
		return signals;
	}

	private static List<DriftSignal> recurring(Input input, Instant now) {
		Instant since = now.minus(Duration.ofDays(NEW_DAYS));
		List<DriftSignal> signals = new ArrayList<>();
		for (IncidentFacts current : input.incidents()) {
			if (current.declaredAt().isBefore(since) || current.declaredAt().isAfter(now)) {
				continue;
			}
			Set<String> shared = new LinkedHashSet<>();
			List<Long> earlier = new ArrayList<>();
			List<DriftSignal.Action> actions = new ArrayList<>();
			for (IncidentFacts past : input.incidents()) {
				List<DriftSignal.Action> open = pendingOf(input.pending(), past.number());
				Set<String> alike = alike(current, past);
				if (past.number() != current.number() && past.declaredAt().isBefore(current.declaredAt())
						&& !open.isEmpty() && !alike.isEmpty()) {
					shared.addAll(alike);
					earlier.add(past.number());
					actions.addAll(open);
				}
			}
			if (!earlier.isEmpty()) {
				signals.add(recurringSignal(current, shared, earlier, actions));
			}
		}
		signals.sort(Comparator.comparing(DriftSignal::rule));
		return signals;
	}

	private static DriftSignal recurringSignal(IncidentFacts current, Set<String> shared, List<Long> earlier,
			List<DriftSignal.Action> actions) {
		earlier.sort(Comparator.naturalOrder());
		long overdue = actions.stream().filter(DriftSignal.Action::overdue).count();
		String summary = String.format(Locale.ROOT,
				"%s (%s) is like %s (%s), whose reviews still have %d action item%s to do, %d of them overdue.",
				reference(current.number()), current.title(), InsightText.incidents(earlier), String.join("; ", shared),
				actions.size(), (actions.size() == 1) ? "" : "s", overdue);
		List<Long> incidents = new ArrayList<>(List.of(current.number()));
		incidents.addAll(earlier);
		return new DriftSignal(DriftSignal.Kind.RECURRING_INCIDENT, reference(current.number()), summary, incidents,
				List.of(), actions.size() + overdue, reviews(actions), sorted(actions));
	}

	/** What two incidents share, in words: alert rules, then components. */
	private static Set<String> alike(IncidentFacts one, IncidentFacts other) {
		Set<String> alike = new LinkedHashSet<>();
		one.rules().stream().filter(other.rules()::contains).sorted().forEach((r) -> alike.add("alert rule " + r));
		one.components()
			.stream()
			.filter(other.components()::contains)
			.sorted()
			.forEach((c) -> alike.add("component " + c));
		return alike;
	}

	private static List<DriftSignal> reviewsMissing(List<Unreviewed> unreviewed, Instant now, Duration due) {
		List<DriftSignal> signals = new ArrayList<>();
		for (Unreviewed incident : unreviewed) {
			Instant dueAt = incident.resolvedAt().plus(due);
			if (now.isBefore(dueAt)) {
				continue;
			}
			long weeksLate = Duration.between(dueAt, now).toDays() / 7;
			String summary = String.format(Locale.ROOT,
					"%s (%s) was resolved %d days ago and has no review; reviews are due %s after an incident is "
							+ "resolved.",
					reference(incident.number()), incident.title(),
					Duration.between(incident.resolvedAt(), now).toDays(), days(due));
			signals.add(new DriftSignal(DriftSignal.Kind.REVIEW_MISSING, reference(incident.number()), summary,
					List.of(incident.number()), List.of(), 1 + weeksLate));
		}
		signals.sort(Comparator.comparing(DriftSignal::rule));
		return signals;
	}

	private static List<DriftSignal> overdueByTeam(List<PendingItem> pending) {
		Map<String, List<DriftSignal.Action>> byTeam = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (PendingItem item : pending) {
			if (item.action().overdue()) {
				List<String> teams = item.teams().isEmpty() ? List.of(NO_TEAM) : item.teams();
				teams.forEach((team) -> byTeam.computeIfAbsent(team, (t) -> new ArrayList<>()).add(item.action()));
			}
		}
		List<DriftSignal> signals = new ArrayList<>();
		byTeam.forEach((team, actions) -> {
			List<DriftSignal.Action> soonest = sorted(actions);
			String owners = NO_TEAM.equals(team) ? "owned by nobody in a team" : "owned by members of " + team;
			String summary = String.format(Locale.ROOT, "%d action item%s %s %s past %s due date, the oldest due %s.",
					actions.size(), (actions.size() == 1) ? "" : "s", owners, (actions.size() == 1) ? "is" : "are",
					(actions.size() == 1) ? "its" : "their", soonest.get(0).due());
			List<Long> incidents = soonest.stream()
				.map(DriftSignal.Action::incident)
				.filter((n) -> n != null)
				.distinct()
				.map(Long.class::cast)
				.toList();
			signals.add(new DriftSignal(DriftSignal.Kind.ACTIONS_OVERDUE, team, summary, incidents, List.of(),
					actions.size(), reviews(soonest), soonest));
		});
		return signals;
	}

	private static List<DriftSignal.Action> pendingOf(List<PendingItem> pending, long incident) {
		return pending.stream()
			.map(PendingItem::action)
			.filter((a) -> a.incident() != null && a.incident() == incident)
			.toList();
	}

	private static List<DriftSignal.Action> sorted(List<DriftSignal.Action> actions) {
		return actions.stream()
			.distinct()
			.sorted(Comparator
				.comparing(DriftSignal.Action::due,
						Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder()))
				.thenComparing(DriftSignal.Action::id))
			.toList();
	}

	private static List<Long> reviews(List<DriftSignal.Action> actions) {
		return actions.stream().map(DriftSignal.Action::review).distinct().sorted().toList();
	}

	/** {@code 5 days}, or a span when not whole days. */
	static String days(Duration duration) {
		if (duration.toSeconds() % 86_400 != 0) {
			return InsightText.span(duration);
		}
		long days = duration.toDays();
		return days + ((days == 1) ? " day" : " days");
	}

	private static String reference(long incident) {
		return "INC-" + incident;
	}

	/**
	 * What the signals are found in.
	 *
	 * @param incidents the incidents declared in the last {@value #NEW_DAYS} days and the
	 * incidents whose reviews have action items to do
	 * @param pending every action item still to do in a published review
	 * @param unreviewed resolved incidents without a review
	 */
	record Input(List<IncidentFacts> incidents, List<PendingItem> pending, List<Unreviewed> unreviewed) {
	}

	/**
	 * An incident and what makes it alike to another.
	 *
	 * @param number its number
	 * @param title its title
	 * @param declaredAt when it was declared
	 * @param rules the alert rules of the groups attached to it
	 * @param components the components it affects
	 */
	record IncidentFacts(long number, String title, Instant declaredAt, Set<String> rules, Set<String> components) {
	}

	/**
	 * An action item still to do.
	 *
	 * @param action the item
	 * @param teams the names of the teams its owner is a member of
	 */
	record PendingItem(DriftSignal.Action action, List<String> teams) {
	}

	/**
	 * A resolved incident without a review.
	 *
	 * @param number its number
	 * @param title its title
	 * @param resolvedAt when it was resolved
	 */
	record Unreviewed(long number, String title, Instant resolvedAt) {
	}

}
