package dev.sharpend.insight;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.TeamOnCall;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interruptions by band per rotation and team over a window, and by ISO week. One
 * interruption is one person paged by one escalation step; it is counted under the
 * schedule (rotation) it reached the person through and that schedule's team, in the band
 * of the rotation's wall clock. People paged directly or as a whole team count under the
 * team's "no rotation". Figures are never given per person.
 */
@Service
@Transactional(readOnly = true)
class Interruptions {

	static final String NO_ROTATION = "No rotation";

	private final InterruptionRepository repository;

	private final InsightProperties properties;

	private final OnCallLookup onCall;

	private final Clock clock;

	Interruptions(InterruptionRepository repository, InsightProperties properties, OnCallLookup onCall, Clock clock) {
		this.repository = repository;
		this.properties = properties;
		this.onCall = onCall;
		this.clock = clock;
	}

	/**
	 * Every rotation paged in the window, by team name then rotation name, the team's "no
	 * rotation" last.
	 */
	List<RotationBands> byRotation(InsightWindow window) {
		Instant now = this.clock.instant();
		Instant from = window.start(now, this.properties.timeZone());
		// whole ISO weeks: the weekly figures start on the Monday of the window's first
		// week
		Instant weeksFrom = InsightWeek.of(from, this.properties.timeZone()).start(this.properties.timeZone());
		Instant to = now.plus(Duration.ofMinutes(5));
		Names names = names(now);
		Map<Key, RotationBands> rows = new LinkedHashMap<>();
		for (InterruptionRepository.Count count : this.repository.counts(weeksFrom, to)) {
			row(rows, names, count).addWeek(count.week(), count.band(), count.pages());
		}
		for (InterruptionRepository.Count count : this.repository.counts(from, to)) {
			row(rows, names, count).add(count.band(), count.pages());
		}
		rows.values().removeIf((row) -> row.total() == 0);
		List<RotationBands> sorted = new ArrayList<>(rows.values());
		sorted.sort(Comparator.comparing(RotationBands::teamName, String.CASE_INSENSITIVE_ORDER)
			.thenComparing((r) -> r.schedule() == null)
			.thenComparing(RotationBands::rotation, String.CASE_INSENSITIVE_ORDER));
		return sorted;
	}

	private static RotationBands row(Map<Key, RotationBands> rows, Names names, InterruptionRepository.Count count) {
		return rows.computeIfAbsent(new Key(count.schedule(), count.team()),
				(k) -> RotationBands.empty(k.schedule(), names.schedule(k.schedule()), k.team(), names.team(k.team())));
	}

	// names are asked of on call when read, so a renamed schedule shows its new name
	private Names names(Instant now) {
		Map<UUID, String> teams = new HashMap<>();
		Map<UUID, String> schedules = new HashMap<>();
		for (TeamOnCall team : this.onCall.everyTeam(now)) {
			teams.put(team.team().value(), team.teamName());
			for (OnCall schedule : team.schedules()) {
				schedules.put(schedule.schedule().value(), schedule.scheduleName());
			}
		}
		return new Names(teams, schedules);
	}

	private record Key(@Nullable UUID schedule, UUID team) {
	}

	private record Names(Map<UUID, String> teams, Map<UUID, String> schedules) {

		String team(UUID id) {
			return this.teams.getOrDefault(id, "Deleted team");
		}

		String schedule(@Nullable UUID id) {
			return (id == null) ? NO_ROTATION : this.schedules.getOrDefault(id, "Deleted schedule");
		}

	}

	/**
	 * One rotation's interruptions: the window's total per band, and per band in each ISO
	 * week the window touches, whole weeks (weeks on the rotation's wall clock, oldest
	 * first, only weeks with pages).
	 *
	 * @param schedule the schedule, null for the team's "no rotation"
	 * @param rotation its name
	 * @param team the team
	 * @param teamName its name
	 * @param bands pages per band over the window, every band present
	 * @param weeks pages per band in each week
	 */
	record RotationBands(@Nullable UUID schedule, String rotation, UUID team, String teamName,
			Map<InterruptionBand, Integer> bands, Map<InsightWeek, Map<InterruptionBand, Integer>> weeks) {

		static RotationBands empty(@Nullable UUID schedule, String rotation, UUID team, String teamName) {
			return new RotationBands(schedule, rotation, team, teamName, InterruptionBand.zeros(), new TreeMap<>());
		}

		public int total() {
			return this.bands.values().stream().mapToInt(Integer::intValue).sum();
		}

		public int business() {
			return this.bands.get(InterruptionBand.BUSINESS);
		}

		public int offHours() {
			return this.bands.get(InterruptionBand.OFF_HOURS);
		}

		public int sleep() {
			return this.bands.get(InterruptionBand.SLEEP);
		}

		/**
		 * A count as a share of the total, 0 to 100, for the bar drawn beside the counts.
		 */
		public double share(int count) {
			int total = total();
			return (total == 0) ? 0 : count * 100.0 / total;
		}

		private void add(InterruptionBand band, int pages) {
			this.bands.merge(band, pages, Integer::sum);
		}

		private void addWeek(InsightWeek week, InterruptionBand band, int pages) {
			this.weeks.computeIfAbsent(week, (w) -> InterruptionBand.zeros()).merge(band, pages, Integer::sum);
		}

	}

}
