package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sharpend.system.WireCode;
import org.jspecify.annotations.Nullable;

/**
 * A sign that practice is drifting from what the alerts ask for, with its evidence. The
 * kinds and their thresholds:
 * <ul>
 * <li>{@link Kind#CLEARS_AFTER_INCIDENTS}: "It'll clear" on a rule that has been right
 * before: its groups preceded at least one incident in the last 90 days, and of its fires
 * in the last 30 days (at least {@value #MIN_FIRES}) at least half cleared by themselves
 * before anyone acknowledged them or were acknowledged and resolved without action.</li>
 * <li>{@link Kind#UNACTED_RISING}: the share acknowledged without action rose in each of
 * the last four whole weeks (against the week before each), ending at 25 % or more.</li>
 * <li>{@link Kind#SLOWER_TO_ACKNOWLEDGE}: the median time to acknowledge of the last
 * whole week is at least twice the median of the eight weeks before it, each over at
 * least {@value #MIN_FIRES} acknowledged groups.</li>
 * <li>{@link Kind#FIRING_MORE}: the last whole week had more than three times the fires
 * of the week before, and at least {@value #MIN_SURGE} of them.</li>
 * <li>{@link Kind#FLAPPING}: the rule flaps now by {@link Flapping} (percent state change
 * of its last 21 states at or above the high threshold, and not yet back at or below the
 * low one).</li>
 * </ul>
 * Weeks are ISO weeks in the insight time zone; the week in progress is left out so a
 * Monday morning never looks like a quiet week. The kinds about incidents, reviews and
 * action items ({@link Kind#RECURRING_INCIDENT}, {@link Kind#REVIEW_MISSING},
 * {@link Kind#ACTIONS_OVERDUE}) are found by {@link IncidentDrift}.
 *
 * @param kind what drifted
 * @param rule what it is about: the alert rule; for the kinds not about a rule
 * ({@link Kind#aboutRule()}) the incident ({@code INC-12}) or the team
 * @param summary the evidence in one sentence
 * @param incidents the incidents its groups preceded in the last 90 days; for the
 * incident kinds the incidents behind it, the new one first
 * @param groups the groups behind the signal, newest first (at most 20)
 * @param level how strong it is, in the kind's own measure (the share without action, the
 * last week's share acknowledged without action, the median time to acknowledge in
 * seconds, the last week's fires, the percent state change, the action items still to do
 * with the overdue ones counted twice, the weeks a review is overdue, the action items
 * overdue): a signal acknowledged at one level opens again above it
 * @param reviews the reviews behind it (incident kinds)
 * @param actions the action items behind it (incident kinds), soonest due first
 */
record DriftSignal(Kind kind, String rule, String summary, List<Long> incidents, List<Long> groups, double level,
		List<Long> reviews, List<Action> actions) {

	DriftSignal {
		incidents = List.copyOf(incidents);
		groups = List.copyOf(groups);
		reviews = List.copyOf(reviews);
		actions = List.copyOf(actions);
	}

	/** A signal about an alert rule, with no reviews or action items behind it. */
	DriftSignal(Kind kind, String rule, String summary, List<Long> incidents, List<Long> groups, double level) {
		this(kind, rule, summary, incidents, groups, level, List.of(), List.of());
	}

	static final int MIN_FIRES = 3;

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

	static final int MIN_SURGE = 6;

	static final double NOISE_SHARE = 0.5;

	static final double UNACTED_FLOOR = 0.25;

	/**
	 * The signals in 90 days of groups (every rule), as they stand at {@code now}: the
	 * "it'll clear" kind first, then by rule.
	 */
	static List<DriftSignal> find(List<GroupSummary> quarter, Instant now, ZoneId zone) {
		return find(quarter, now, zone, Flapping.DEFAULT_SETTINGS);
	}

	/**
	 * The signals in 90 days of groups (every rule), as they stand at {@code now}, with
	 * flapping judged by {@code flapping}.
	 */
	static List<DriftSignal> find(List<GroupSummary> quarter, Instant now, ZoneId zone, Flapping.Settings flapping) {
		Map<String, List<GroupSummary>> byRule = new LinkedHashMap<>();
		quarter.forEach((g) -> byRule.computeIfAbsent(g.rule(), (r) -> new ArrayList<>()).add(g));
		Instant monthStart = InsightWindow.DAYS_30.start(now, zone);
		InsightWeek lastWhole = InsightWeek.of(now, zone).previous();
		List<DriftSignal> signals = new ArrayList<>();
		byRule.forEach((rule, groups) -> {
			List<Long> preceded = preceded(groups);
			clearsAfterIncidents(rule, groups, preceded, monthStart).ifPresent(signals::add);
			unactedRising(rule, groups, preceded, lastWhole, zone).ifPresent(signals::add);
			slowerToAcknowledge(rule, groups, preceded, lastWhole, zone).ifPresent(signals::add);
			firingMore(rule, groups, preceded, lastWhole, zone).ifPresent(signals::add);
			flapping(rule, groups, preceded, now, zone, flapping).ifPresent(signals::add);
		});
		signals.sort(Comparator.comparing(DriftSignal::kind).thenComparing(DriftSignal::rule));
		return signals;
	}

	private static Optional<DriftSignal> clearsAfterIncidents(String rule, List<GroupSummary> groups,
			List<Long> preceded, Instant monthStart) {
		List<GroupSummary> recent = groups.stream().filter((g) -> !g.opened().isBefore(monthStart)).toList();
		RuleFigures f = RuleFigures.summarised(rule, recent, List.of());
		int unacted = f.autoResolvedBeforeAcknowledgement() + f.acknowledgedWithoutAction();
		if (preceded.isEmpty() || f.fires() < MIN_FIRES || f.share(unacted) < NOISE_SHARE) {
			return Optional.empty();
		}
		String summary = InsightText.percent(f, unacted) + " of its " + f.fires() + " fires in the last 30 days had no "
				+ "action (" + f.autoResolvedBeforeAcknowledgement() + " cleared by themselves before anyone "
				+ "acknowledged them, " + f.acknowledgedWithoutAction() + " acknowledged and resolved without "
				+ "action), yet it preceded " + InsightText.incidents(preceded) + " in the last 90 days.";
		return Optional.of(new DriftSignal(Kind.CLEARS_AFTER_INCIDENTS, rule, summary, preceded,
				newest(recent.stream().filter((g) -> g.clearedBySelf() || g.acknowledgedWithoutAction()).toList()),
				f.share(unacted)));
	}

	private static Optional<DriftSignal> unactedRising(String rule, List<GroupSummary> groups, List<Long> preceded,
			InsightWeek lastWhole, ZoneId zone) {
		List<Double> shares = new ArrayList<>();
		InsightWeek week = lastWhole;
		for (int i = 0; i < 5; i++) {
			RuleFigures f = RuleFigures.summarised(rule, ofWeek(groups, week, zone), List.of());
			if (f.fires() == 0) {
				return Optional.empty();
			}
			shares.add(0, f.share(f.acknowledgedWithoutAction()));
			week = week.previous();
		}
		for (int i = 1; i < shares.size(); i++) {
			if (shares.get(i) <= shares.get(i - 1)) {
				return Optional.empty();
			}
		}
		double last = shares.get(shares.size() - 1);
		if (last < UNACTED_FLOOR) {
			return Optional.empty();
		}
		String summary = "Acknowledged without action in a growing share of its fires four weeks running: "
				+ String.join(" → ", shares.stream().map((s) -> Math.round(s * 100) + " %").toList()) + " up to "
				+ lastWhole + ".";
		List<GroupSummary> unacted = ofWeek(groups, lastWhole, zone).stream()
			.filter(GroupSummary::acknowledgedWithoutAction)
			.toList();
		return Optional.of(new DriftSignal(Kind.UNACTED_RISING, rule, summary, preceded, newest(unacted), last));
	}

	private static Optional<DriftSignal> slowerToAcknowledge(String rule, List<GroupSummary> groups,
			List<Long> preceded, InsightWeek lastWhole, ZoneId zone) {
		List<GroupSummary> last = ofWeek(groups, lastWhole, zone);
		Instant before = lastWhole.start(zone);
		InsightWeek first = lastWhole;
		for (int i = 0; i < 8; i++) {
			first = first.previous();
		}
		Instant from = first.start(zone);
		List<GroupSummary> earlier = groups.stream()
			.filter((g) -> !g.opened().isBefore(from) && g.opened().isBefore(before))
			.toList();
		Percentiles now = ResponseTimes.summarised(last).toAcknowledge();
		Percentiles then = ResponseTimes.summarised(earlier).toAcknowledge();
		if (now.count() < MIN_FIRES || then.count() < MIN_FIRES) {
			return Optional.empty();
		}
		Duration p50 = now.p50().orElseThrow();
		Duration base = then.p50().orElseThrow();
		if (base.isZero() ? p50.isZero() : p50.compareTo(base.multipliedBy(2)) < 0) {
			return Optional.empty();
		}
		String summary = "Median time to acknowledge " + InsightText.span(p50) + " in " + lastWhole + " against "
				+ InsightText.span(base) + " over the eight weeks before.";
		return Optional
			.of(new DriftSignal(Kind.SLOWER_TO_ACKNOWLEDGE, rule, summary, preceded, newest(last), p50.toSeconds()));
	}

	private static Optional<DriftSignal> firingMore(String rule, List<GroupSummary> groups, List<Long> preceded,
			InsightWeek lastWhole, ZoneId zone) {
		List<GroupSummary> last = ofWeek(groups, lastWhole, zone);
		int before = ofWeek(groups, lastWhole.previous(), zone).size();
		if (last.size() < MIN_SURGE || last.size() <= 3 * before) {
			return Optional.empty();
		}
		String summary = String.format(Locale.ROOT, "Fired %d times in %s against %d the week before.", last.size(),
				lastWhole, before);
		return Optional.of(new DriftSignal(Kind.FIRING_MORE, rule, summary, preceded, newest(last), last.size()));
	}

	private static Optional<DriftSignal> flapping(String rule, List<GroupSummary> groups, List<Long> preceded,
			Instant now, ZoneId zone, Flapping.Settings settings) {
		Flapping.Verdict verdict = Flapping.verdict(Flapping.states(groups, now, settings.sampling()),
				settings.thresholds());
		if (!verdict.flapping()) {
			return Optional.empty();
		}
		Instant since = verdict.states().get(0).at();
		String summary = String.format(Locale.ROOT,
				"Changed state %d times in its last %d states (since %s): %.1f %% state change, flapping from %.0f %% "
						+ "until it falls to %.0f %%.",
				verdict.changes(), verdict.states().size(), SINCE.format(since.atZone(zone)), verdict.percent(),
				settings.thresholds().high(), settings.thresholds().low());
		List<GroupSummary> behind = groups.stream()
			.filter((g) -> !g.opened().isBefore(since) || (g.resolved() != null && !g.resolved().isBefore(since)))
			.toList();
		return Optional.of(new DriftSignal(Kind.FLAPPING, rule, summary, preceded, newest(behind), verdict.rounded()));
	}

	private static List<GroupSummary> ofWeek(List<GroupSummary> groups, InsightWeek week, ZoneId zone) {
		Instant start = week.start(zone);
		Instant end = week.end(zone);
		return groups.stream().filter((g) -> !g.opened().isBefore(start) && g.opened().isBefore(end)).toList();
	}

	/** The incidents these groups were linked to, each once, the earliest first. */
	static List<Long> preceded(List<GroupSummary> groups) {
		Set<Long> incidents = new LinkedHashSet<>();
		groups.forEach((group) -> incidents.addAll(group.incidents()));
		return List.copyOf(incidents);
	}

	private static List<Long> newest(List<GroupSummary> groups) {
		return groups.stream()
			.sorted(Comparator.comparing(GroupSummary::opened).reversed())
			.limit(20)
			.map(GroupSummary::group)
			.toList();
	}

	/**
	 * An action item behind a signal.
	 *
	 * @param id the item's id
	 * @param review its review's id
	 * @param incident the review's incident, null for a near miss
	 * @param title what is to be done
	 * @param owner who owns it, null when nobody does
	 * @param due its due date, null when it has none
	 * @param overdue still to do after its due date
	 */
	record Action(long id, long review, @Nullable Long incident, String title, @Nullable String owner,
			@Nullable LocalDate due, boolean overdue) {
	}

	/** What drifted. */
	enum Kind implements WireCode {

		/** "It'll clear" on a rule that preceded incidents. */
		CLEARS_AFTER_INCIDENTS("clears_after_incidents", "It'll clear"),

		/** Acknowledged without action, more each week. */
		UNACTED_RISING("unacted_rising", "Acknowledged, not acted on"),

		/** Answered half as fast as before. */
		SLOWER_TO_ACKNOWLEDGE("slower_to_acknowledge", "Slower to acknowledge"),

		/** More than three times the fires of the week before. */
		FIRING_MORE("firing_more", "Firing more"),

		/** Fires and resolves again and again (Nagios' percent state change). */
		FLAPPING("flapping", "Flapping"),

		/**
		 * A new incident like past ones (same alert rule or component) whose reviews
		 * still have action items to do.
		 */
		RECURRING_INCIDENT("recurring_incident", "Recurring incident", false),

		/** An incident resolved longer ago than reviews are due, without a review. */
		REVIEW_MISSING("review_missing", "No review", false),

		/** A team's action items past their due date. */
		ACTIONS_OVERDUE("actions_overdue", "Action items overdue", false);

		private final String code;

		private final String label;

		private final boolean aboutRule;

		Kind(String code, String label) {
			this(code, label, true);
		}

		Kind(String code, String label, boolean aboutRule) {
			this.code = code;
			this.label = label;
			this.aboutRule = aboutRule;
		}

		/**
		 * Whether its signals are about an alert rule; otherwise about an incident or a
		 * team.
		 */
		public boolean aboutRule() {
			return this.aboutRule;
		}

		@Override
		public String code() {
			return this.code;
		}

		public String label() {
			return this.label;
		}

	}

}
