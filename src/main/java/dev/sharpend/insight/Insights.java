package dev.sharpend.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.system.RequestRejected;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the figures from the rollup: the noise table of every rule over a window, one
 * rule's record, the track record shown beside an alert group, and the drift signals.
 */
@Service
@Transactional(readOnly = true)
class Insights {

	/** The weeks a rule's page charts, this one included. */
	static final int WEEKS_CHARTED = 13;

	private final InsightRepository repository;

	private final InsightProperties properties;

	private final SignalNotes notes;

	private final IncidentSignals incidentSignals;

	private final Clock clock;

	private final InsightFigureCache cache;

	Insights(InsightRepository repository, InsightProperties properties, SignalNotes notes,
			IncidentSignals incidentSignals, Clock clock, InsightFigureCache cache) {
		this.cache = cache;
		this.repository = repository;
		this.notes = notes;
		this.incidentSignals = incidentSignals;
		this.properties = properties;
		this.clock = clock;
	}

	ZoneId zone() {
		return this.properties.timeZone();
	}

	/** How long after its resolution an incident may go without a review. */
	Duration reviewDue() {
		return this.properties.reviewDue();
	}

	/** How flapping is judged. */
	Flapping.Settings flapping() {
		return this.properties.flapping();
	}

	/** Every rule that fired in the window, the most fires first. */
	List<RuleFigures> rules(InsightWindow window) {
		return rules(window, InsightScope.ALL);
	}

	/**
	 * Every rule with a group in scope in the window, the most fires first; re-fires are
	 * found among all the rule's groups.
	 */
	List<RuleFigures> rules(InsightWindow window, InsightScope scope) {
		Instant now = this.clock.instant();
		Instant from = window.start(now, zone());
		return this.cache.get("rules " + window + " " + scope, from, () -> {
			List<GroupSummary> all = this.repository.opened(from, later(now));
			if (scope.all()) {
				return List.copyOf(figuresByRule(all));
			}
			Set<Long> ofTeam = ofTeam(scope, from);
			List<RuleFigures> rules = new ArrayList<>();
			byRule(all).forEach((rule, ofRule) -> {
				List<GroupSummary> inScope = ofRule.stream().filter((g) -> scope.includes(g, ofTeam)).toList();
				if (!inScope.isEmpty()) {
					rules.add(RuleFigures.summarised(rule, inScope, ofRule));
				}
			});
			rules.sort(Comparator.comparingInt(RuleFigures::fires).reversed().thenComparing(RuleFigures::rule));
			return List.copyOf(rules);
		});
	}

	/**
	 * Time to acknowledge of the groups in scope in each of the last
	 * {@value #WEEKS_CHARTED} weeks, this one included, oldest first.
	 */
	List<Week> acknowledgementTrend(InsightScope scope) {
		Instant now = this.clock.instant();
		InsightWeek thisWeek = InsightWeek.of(now, zone());
		InsightWeek firstWeek = thisWeek;
		for (int i = 1; i < WEEKS_CHARTED; i++) {
			firstWeek = firstWeek.previous();
		}
		Instant from = firstWeek.start(zone());
		InsightWeek first = firstWeek;
		return this.cache.get("acknowledgement trend " + scope, from, () -> {
			List<GroupSummary> all = this.repository.opened(from, later(now));
			Set<Long> ofTeam = ofTeam(scope, from);
			List<Week> weeks = new ArrayList<>();
			for (InsightWeek week = first; week.compareTo(thisWeek) <= 0; week = week.next()) {
				Instant start = week.start(zone());
				Instant end = week.end(zone());
				List<GroupSummary> ofWeek = all.stream()
					.filter((g) -> !g.opened().isBefore(start) && g.opened().isBefore(end))
					.filter((g) -> scope.includes(g, ofTeam))
					.toList();
				weeks.add(new Week(week, RuleFigures.counted("all rules", ofWeek, Set.of())));
			}
			return List.copyOf(weeks);
		});
	}

	/**
	 * The figures of each team's groups in the window (the groups that paged its people),
	 * by team id, the most fires first; named by {@code names}, unknown ones "Deleted
	 * team".
	 */
	Map<UUID, RuleFigures> byTeam(InsightWindow window, Map<UUID, String> names) {
		Instant now = this.clock.instant();
		Instant from = window.start(now, zone());
		List<GroupSummary> all = this.repository.opened(from, later(now));
		Map<Long, Set<UUID>> teams = this.repository.teamsOfGroups(from);
		Map<UUID, List<GroupSummary>> grouped = new LinkedHashMap<>();
		for (GroupSummary group : all) {
			teams.getOrDefault(group.group(), Set.of())
				.forEach((team) -> grouped.computeIfAbsent(team, (t) -> new ArrayList<>()).add(group));
		}
		return counted(grouped, all, names, "Deleted team");
	}

	/**
	 * The figures of each integration's groups in the window, by integration id, the most
	 * fires first; named by {@code names}, unknown ones "Deleted integration".
	 */
	Map<UUID, RuleFigures> byIntegration(InsightWindow window, Map<UUID, String> names) {
		Instant now = this.clock.instant();
		List<GroupSummary> all = this.repository.opened(window.start(now, zone()), later(now));
		Map<UUID, List<GroupSummary>> grouped = new LinkedHashMap<>();
		for (GroupSummary group : all) {
			if (group.integration() != null) {
				grouped.computeIfAbsent(group.integration(), (i) -> new ArrayList<>()).add(group);
			}
		}
		return counted(grouped, all, names, "Deleted integration");
	}

	private static Map<UUID, RuleFigures> counted(Map<UUID, List<GroupSummary>> grouped, List<GroupSummary> all,
			Map<UUID, String> names, String unknown) {
		Set<Long> refired = new java.util.HashSet<>();
		byRule(all).values().forEach((ofRule) -> refired.addAll(GroupOutcome.refired(ofRule)));
		List<Map.Entry<UUID, RuleFigures>> figures = new ArrayList<>();
		grouped.forEach((id, groups) -> figures
			.add(Map.entry(id, RuleFigures.counted(names.getOrDefault(id, unknown), groups, refired))));
		figures.sort(Comparator.comparing((Map.Entry<UUID, RuleFigures> e) -> -e.getValue().fires())
			.thenComparing((e) -> e.getValue().rule(), String.CASE_INSENSITIVE_ORDER));
		Map<UUID, RuleFigures> sorted = new LinkedHashMap<>();
		figures.forEach((e) -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private Set<Long> ofTeam(InsightScope scope, Instant from) {
		if (!scope.byPages()) {
			return Set.of();
		}
		return this.repository.pagedGroups(from, scope.team(), scope.rotation());
	}

	/**
	 * One rule's figures over the window.
	 * @throws RequestRejected (404, naming {@code rule}) when no group of it is on record
	 */
	RuleRecord rule(String rule, InsightWindow window) {
		return rule(rule, window, InsightScope.ALL);
	}

	/**
	 * One rule's figures over the window, of its groups in scope; re-fires and flapping
	 * are of all its groups.
	 * @throws RequestRejected (404, naming {@code rule}) when no group of it is on record
	 */
	RuleRecord rule(String rule, InsightWindow window, InsightScope scope) {
		if (!this.repository.ruleKnown(rule)) {
			throw RequestRejected.notFound("No alert group of the rule \"" + rule + "\" is on record.");
		}
		Instant now = this.clock.instant();
		InsightWeek thisWeek = InsightWeek.of(now, zone());
		InsightWeek firstWeek = thisWeek;
		for (int i = 1; i < WEEKS_CHARTED; i++) {
			firstWeek = firstWeek.previous();
		}
		Instant from = window.start(now, zone());
		Instant chartFrom = firstWeek.start(zone());
		Instant earliest = from.isBefore(chartFrom) ? from : chartFrom;
		List<GroupSummary> every = this.repository.opened(rule, earliest, later(now));
		Set<Long> ofTeam = ofTeam(scope, earliest);
		List<GroupSummary> groups = scope.all() ? every
				: every.stream().filter((g) -> scope.includes(g, ofTeam)).toList();
		List<GroupSummary> inWindow = groups.stream().filter((g) -> !g.opened().isBefore(from)).toList();
		RuleFigures figures = RuleFigures.summarised(rule, inWindow, scope.all() ? List.of() : every);
		List<Week> weeks = new ArrayList<>();
		for (InsightWeek week = firstWeek; week.compareTo(thisWeek) <= 0; week = week.next()) {
			Instant start = week.start(zone());
			Instant end = week.end(zone());
			List<GroupSummary> ofWeek = groups.stream()
				.filter((g) -> !g.opened().isBefore(start) && g.opened().isBefore(end))
				.toList();
			weeks.add(new Week(week, RuleFigures.summarised(rule, ofWeek, every)));
		}
		List<GroupSummary> recent = new ArrayList<>(inWindow);
		recent.sort(Comparator.comparing(GroupSummary::opened).reversed());
		Flapping.Settings flapping = flapping();
		Flapping.Verdict verdict = Flapping.verdict(Flapping.states(every, now, flapping.sampling()),
				flapping.thresholds());
		return new RuleRecord(figures, weeks, DriftSignal.preceded(inWindow),
				recent.subList(0, Math.min(20, recent.size())), verdict);
	}

	/**
	 * The track record of the rule of an alert group over the last 30 days, as the group
	 * page shows it; empty when the group is not in the rollup yet.
	 */
	Optional<TrackRecord> trackRecord(long group) {
		Optional<GroupSummary> summary = this.repository.summary(group);
		if (summary.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(trackRecord(summary.get().rule(), this.clock.instant()));
	}

	private TrackRecord trackRecord(String rule, Instant now) {
		List<GroupSummary> recent = this.repository.opened(rule, InsightWindow.DAYS_30.start(now, zone()), later(now));
		List<GroupSummary> quarter = this.repository.opened(rule, InsightWindow.DAYS_90.start(now, zone()), later(now));
		return new TrackRecord(RuleFigures.summarised(rule, recent, List.of()), DriftSignal.preceded(quarter));
	}

	/**
	 * The track records of the rules whose groups an incident took on, one per rule, in
	 * the order the groups were attached.
	 */
	List<TrackRecord> trackRecordsOfIncident(long incident) {
		Set<String> rules = new LinkedHashSet<>();
		for (long group : this.repository.groupsOfIncident(incident)) {
			this.repository.summary(group).ifPresent((summary) -> rules.add(summary.rule()));
		}
		Instant now = this.clock.instant();
		List<TrackRecord> records = new ArrayList<>();
		for (String rule : rules) {
			records.add(trackRecord(rule, now));
		}
		return records;
	}

	/**
	 * The drift signals as they stand now, each with the note it was acknowledged with,
	 * if any.
	 */
	List<SignalView> signalViews() {
		Map<String, SignalNotes.Note> notes = this.notes.all();
		return signals().stream()
			.map((signal) -> new SignalView(signal, notes.get(SignalNotes.key(signal.kind(), signal.rule()))))
			.toList();
	}

	/**
	 * The drift signals as they stand now: those about alert rules, then those about
	 * incidents, reviews and action items.
	 */
	List<DriftSignal> signals() {
		Instant now = this.clock.instant();
		Instant from = InsightWindow.DAYS_90.start(now, zone());
		List<DriftSignal> signals = new ArrayList<>(this.cache.get("signals", from, () -> List.copyOf(
				DriftSignal.find(this.repository.opened(from, later(now)), now, zone(), this.properties.flapping()))));
		signals.addAll(this.incidentSignals.find(now));
		return signals;
	}

	/** How current the figures are. */
	Freshness freshness() {
		return new Freshness(this.clock.instant(), this.repository.oldestWaiting(), this.properties.rollupInterval());
	}

	private static List<RuleFigures> figuresByRule(List<GroupSummary> groups) {
		List<RuleFigures> rules = new ArrayList<>();
		byRule(groups).forEach((rule, ofRule) -> rules.add(RuleFigures.summarised(rule, ofRule, List.of())));
		rules.sort(Comparator.comparingInt(RuleFigures::fires).reversed().thenComparing(RuleFigures::rule));
		return rules;
	}

	private static Map<String, List<GroupSummary>> byRule(List<GroupSummary> groups) {
		Map<String, List<GroupSummary>> byRule = new LinkedHashMap<>();
		for (GroupSummary group : groups) {
			byRule.computeIfAbsent(group.rule(), (r) -> new ArrayList<>()).add(group);
		}
		return byRule;
	}

	// the read window runs to now; groups stamped a moment later by another node's clock
	// still count
	private static Instant later(Instant now) {
		return now.plus(Duration.ofMinutes(5));
	}

	/**
	 * A rule's page: its figures over the window, week by week, the incidents it preceded
	 * and its latest groups.
	 *
	 * @param figures over the window
	 * @param weeks the last {@link #WEEKS_CHARTED} ISO weeks, oldest first
	 * @param incidents the incidents its groups in the window preceded
	 * @param latest its latest groups in the window, newest first
	 * @param flapping whether it flaps now, over its last 21 states (from the groups of
	 * the last 13 weeks at least)
	 */
	record RuleRecord(RuleFigures figures, List<Week> weeks, List<Long> incidents, List<GroupSummary> latest,
			Flapping.Verdict flapping) {
	}

	/**
	 * One ISO week of a rule.
	 *
	 * @param week the week
	 * @param figures its groups' figures
	 */
	record Week(InsightWeek week, RuleFigures figures) {
	}

	/**
	 * What the group page says of its rule.
	 *
	 * @param recent the rule's figures over the last 30 days
	 * @param incidents the incidents its groups preceded in the last 90 days
	 */
	record TrackRecord(RuleFigures recent, List<Long> incidents) {
	}

	/**
	 * A drift signal and how people took it.
	 *
	 * @param signal the signal
	 * @param note the note it was acknowledged with, or null
	 */
	record SignalView(DriftSignal signal, SignalNotes.@Nullable Note note) {

		/** Not acknowledged, or worse now than when it was. */
		public boolean open() {
			return this.note == null || this.signal.level() > this.note.level() + 1e-9;
		}

		/** Acknowledged once and worse now. */
		public boolean reopened() {
			return this.note != null && open();
		}

	}

	/**
	 * How current the figures are.
	 *
	 * @param now now
	 * @param waitingSince since when the oldest change not in the figures yet waits
	 * @param interval how often the figures take changes in
	 */
	record Freshness(Instant now, Optional<Instant> waitingSince, Duration interval) {
	}

}
