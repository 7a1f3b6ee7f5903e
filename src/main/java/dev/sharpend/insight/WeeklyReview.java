package dev.sharpend.insight;

import java.time.DayOfWeek;
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
import java.util.Set;
import java.util.UUID;

import dev.sharpend.alert.ActionTaken;
import org.jspecify.annotations.Nullable;

/**
 * One rotation's on-call week, as its team reviews it at the handoff: the pages sent
 * through the rotation by band and by day, the rules that paged most, the pages nobody
 * acted on, the drift signals still open on those rules, and the incidents and reviews
 * the paged groups led to. Counted per rotation, never per person.
 *
 * @param rotation the schedule and its team
 * @param week the ISO week on the rotation's wall clock
 * @param inProgress whether the week is not over yet
 * @param pages the week's figures
 * @param signals the open drift signals on the rules that paged
 * @param incidents the incidents the paged groups were linked to, by number
 * @param reviews the reviews of those incidents
 */
record WeeklyReview(Rotation rotation, InsightWeek week, boolean inProgress, Pages pages,
		List<Insights.SignalView> signals, List<IncidentLine> incidents, List<ReviewLine> reviews) {

	/** The week's first day, a Monday on the rotation's wall clock. */
	public LocalDate monday() {
		return this.week.monday();
	}

	/** The week's last day. */
	public LocalDate sunday() {
		return this.week.monday().plusDays(6);
	}

	/** The rules listed as the noisiest, at most. */
	static final int NOISIEST = 10;

	/**
	 * A rotation.
	 *
	 * @param id the schedule's id
	 * @param name its name
	 * @param team its team's id
	 * @param teamName its team's name
	 * @param zone the wall clock its weeks and bands are read on
	 */
	record Rotation(UUID id, String name, UUID team, String teamName, ZoneId zone) {

		private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

		/** An instant on the rotation's wall clock, such as {@code Tue 24 Nov 03:12}. */
		public String local(Instant at) {
			return LOCAL.format(at.atZone(this.zone));
		}

	}

	/**
	 * Pages one escalation step sent through the rotation about one group.
	 *
	 * @param group the alert group
	 * @param at when
	 * @param zone the wall clock of the rotation's layer that had the people on call
	 * @param pages how many people were paged
	 */
	record Paged(long group, Instant at, ZoneId zone, int pages) {
	}

	/**
	 * The figures of the week's pages.
	 *
	 * @param bands pages per band
	 * @param days pages per band on each day, Monday first, all seven days
	 * @param rules the rules that paged most, at most {@value WeeklyReview#NOISIEST}
	 * @param unacted the paged groups nobody acted on, oldest first
	 * @param incidents the incidents the paged groups were linked to, in order of number
	 */
	record Pages(Bands bands, List<Day> days, List<RuleLine> rules, List<GroupLine> unacted, List<Long> incidents) {

		/**
		 * The figures of a week: {@code paged} are the rotation's pages in it (bands and
		 * days on each page's wall clock, as the interruptions count them), and
		 * {@code groups} the rollup rows of the groups they were about.
		 */
		static Pages of(List<Paged> paged, List<GroupSummary> groups, InsightWeek week) {
			Map<Long, GroupSummary> byId = new LinkedHashMap<>();
			groups.forEach((g) -> byId.put(g.group(), g));
			Map<InterruptionBand, Integer> bands = InterruptionBand.zeros();
			Map<LocalDate, Map<InterruptionBand, Integer>> days = new LinkedHashMap<>();
			for (int i = 0; i < 7; i++) {
				days.put(week.monday().plusDays(i), InterruptionBand.zeros());
			}
			Map<Long, Integer> pagesOfGroup = new LinkedHashMap<>();
			for (Paged page : paged) {
				InterruptionBand band = InterruptionBand.of(page.at(), page.zone());
				bands.merge(band, page.pages(), Integer::sum);
				Map<InterruptionBand, Integer> day = days.get(page.at().atZone(page.zone()).toLocalDate());
				if (day != null) {
					day.merge(band, page.pages(), Integer::sum);
				}
				pagesOfGroup.merge(page.group(), page.pages(), Integer::sum);
			}
			return new Pages(Bands.of(bands),
					days.entrySet().stream().map((e) -> new Day(e.getKey(), Bands.of(e.getValue()))).toList(),
					rules(pagesOfGroup, byId), unacted(pagesOfGroup, byId), incidents(pagesOfGroup, byId));
		}

		private static List<RuleLine> rules(Map<Long, Integer> pagesOfGroup, Map<Long, GroupSummary> groups) {
			Map<String, RuleLine> rules = new LinkedHashMap<>();
			pagesOfGroup.forEach((id, pages) -> {
				GroupSummary group = groups.get(id);
				if (group != null) {
					rules.merge(group.rule(), RuleLine.of(group, pages), RuleLine::plus);
				}
			});
			return rules.values()
				.stream()
				.sorted(Comparator.comparingInt(RuleLine::pages)
					.reversed()
					.thenComparing(Comparator.comparingInt(RuleLine::groups).reversed())
					.thenComparing(RuleLine::rule))
				.limit(NOISIEST)
				.toList();
		}

		private static List<GroupLine> unacted(Map<Long, Integer> pagesOfGroup, Map<Long, GroupSummary> groups) {
			List<GroupLine> unacted = new ArrayList<>();
			pagesOfGroup.forEach((id, pages) -> {
				GroupSummary group = groups.get(id);
				if (group != null && unacted(group)) {
					unacted.add(new GroupLine(id, group.rule(), group.opened(), pages, group.answer()));
				}
			});
			unacted.sort(Comparator.comparing(GroupLine::opened).thenComparing(GroupLine::group));
			return unacted;
		}

		/**
		 * Nobody acted on a paged group when it was acknowledged and resolved without
		 * action, or its responder answered one of the "no action" answers.
		 */
		static boolean unacted(GroupSummary group) {
			return group.acknowledgedWithoutAction()
					|| (group.answer() != null && group.answer() != ActionTaken.ACTION_TAKEN);
		}

		private static List<Long> incidents(Map<Long, Integer> pagesOfGroup, Map<Long, GroupSummary> groups) {
			Set<Long> incidents = new LinkedHashSet<>();
			pagesOfGroup.keySet().forEach((id) -> {
				GroupSummary group = groups.get(id);
				if (group != null) {
					incidents.addAll(group.incidents());
				}
			});
			return incidents.stream().sorted().toList();
		}

	}

	/**
	 * Pages per band.
	 *
	 * @param business 08:00–18:00 Monday to Friday
	 * @param offHours 18:00–22:00 Monday to Friday, 08:00–22:00 at weekends
	 * @param sleep 22:00–08:00
	 */
	record Bands(int business, int offHours, int sleep) {

		static Bands of(Map<InterruptionBand, Integer> counts) {
			return new Bands(counts.get(InterruptionBand.BUSINESS), counts.get(InterruptionBand.OFF_HOURS),
					counts.get(InterruptionBand.SLEEP));
		}

		public int total() {
			return this.business + this.offHours + this.sleep;
		}

	}

	/**
	 * One day of the week.
	 *
	 * @param date the date on the rotation's wall clock
	 * @param bands pages per band
	 */
	record Day(LocalDate date, Bands bands) {

		public DayOfWeek weekday() {
			return this.date.getDayOfWeek();
		}

	}

	/**
	 * A rule that paged through the rotation in the week.
	 *
	 * @param rule the alert rule
	 * @param groups its groups that paged
	 * @param pages the pages they sent through the rotation
	 * @param clearedBySelf of those groups, how many cleared by themselves
	 * @param unacted of those groups, how many nobody acted on
	 */
	record RuleLine(String rule, int groups, int pages, int clearedBySelf, int unacted) {

		static RuleLine of(GroupSummary group, int pages) {
			return new RuleLine(group.rule(), 1, pages, group.clearedBySelf() ? 1 : 0, Pages.unacted(group) ? 1 : 0);
		}

		RuleLine plus(RuleLine other) {
			return new RuleLine(this.rule, this.groups + other.groups, this.pages + other.pages,
					this.clearedBySelf + other.clearedBySelf, this.unacted + other.unacted);
		}

	}

	/**
	 * A paged group nobody acted on.
	 *
	 * @param group the alert group
	 * @param rule its rule
	 * @param opened when it opened
	 * @param pages the pages it sent through the rotation in the week
	 * @param answer the answer to "was action taken?", or null
	 */
	record GroupLine(long group, String rule, Instant opened, int pages, @Nullable ActionTaken answer) {
	}

	/**
	 * An incident of the week.
	 *
	 * @param number its number
	 * @param title its title
	 * @param status its status code
	 * @param declaredAt when it was declared
	 */
	record IncidentLine(long number, String title, String status, Instant declaredAt) {

		public String reference() {
			return "INC-" + this.number;
		}

	}

	/**
	 * The review of an incident of the week.
	 *
	 * @param id the review's id
	 * @param incident the incident's number
	 * @param title its title
	 * @param status where it stands
	 */
	record ReviewLine(long id, long incident, String title, String status) {
	}

}
