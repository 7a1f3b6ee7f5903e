package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who an escalation step pages at the instant it fires: a user, whoever a schedule's
 * final schedule has on call then, or every member of a team.
 */
@Component
class StepTargets {

	private final Schedules schedules;

	private final Teams teams;

	StepTargets(Schedules schedules, Teams teams) {
		this.schedules = schedules;
		this.teams = teams;
	}

	/**
	 * The people to page.
	 *
	 * @param people who, each once, in the order of the targets
	 * @param notes what could not be paged, such as a schedule with nobody on call
	 * @param routes how many of the people were reached through which schedule and team;
	 * a person reached through several targets counts under the first
	 */
	record Resolution(List<UserId> people, List<String> notes, List<PageRoute> routes) {
	}

	/**
	 * Resolves the step's targets; with round-robin only the target whose turn it is.
	 * @param owner the team owning the escalation policy: people the step names directly
	 * count under it
	 * @param turn how many times the step fired before
	 */
	Resolution resolve(TeamId owner, EscalationStep step, int turn, Instant at) {
		List<EscalationTarget> targets = step.targets();
		if (step.roundRobin() && !targets.isEmpty()) {
			targets = List.of(targets.get(Math.floorMod(turn, targets.size())));
		}
		Set<UserId> people = new LinkedHashSet<>();
		List<String> notes = new ArrayList<>();
		Map<RouteKey, Integer> routes = new LinkedHashMap<>();
		for (EscalationTarget target : targets) {
			switch (target.kind()) {
				case USER -> add(people, routes, new UserId(target.id()), direct(owner));
				case SCHEDULE -> onCall(new ScheduleId(target.id()), at)
					.ifPresentOrElse((reached) -> add(people, routes, reached.person(), reached.route()), () -> notes
						.add("Schedule " + scheduleName(new ScheduleId(target.id())) + " had nobody on call."));
				case TEAM -> {
					Optional<Team> team = team(new TeamId(target.id()));
					team.ifPresent((t) -> t.members()
						.forEach(
								(member) -> add(people, routes, member, new RouteKey(null, t.id().value(), t.zone()))));
					if (team.isEmpty() || team.get().members().isEmpty()) {
						notes.add("Team " + team.map(Team::name).orElse("(deleted)") + " had nobody to page.");
					}
				}
			}
		}
		List<PageRoute> counted = routes.entrySet()
			.stream()
			.map((e) -> new PageRoute(e.getKey().schedule(), e.getKey().team(), e.getKey().zone(), e.getValue()))
			.toList();
		return new Resolution(List.copyOf(people), notes, counted);
	}

	private static void add(Set<UserId> people, Map<RouteKey, Integer> routes, UserId person, RouteKey route) {
		if (people.add(person)) {
			routes.merge(route, 1, Integer::sum);
		}
	}

	private RouteKey direct(TeamId owner) {
		ZoneId zone = team(owner).map(Team::zone).orElse(ZoneId.of("UTC"));
		return new RouteKey(null, owner.value(), zone);
	}

	private Optional<Team> team(TeamId id) {
		return this.teams.list().stream().filter((t) -> t.id().equals(id)).findFirst();
	}

	/**
	 * Who the schedule has on call, and the zone of the rotation that put them there;
	 * looked up among all schedules rather than required, so a deleted schedule pages
	 * nobody instead of failing the firing.
	 */
	private Optional<Reached> onCall(ScheduleId id, Instant at) {
		Optional<Schedule> schedule = this.schedules.all().stream().filter((s) -> s.id().equals(id)).findFirst();
		if (schedule.isEmpty()) {
			return Optional.empty();
		}
		Optional<Slot> slot = this.schedules.finalSchedule(id, at, at.plus(Duration.ofMinutes(1))).at(at);
		UserId person = slot.map(Slot::user).orElse(null);
		if (person == null) {
			return Optional.empty();
		}
		TeamId team = schedule.get().team();
		ZoneId zone = this.schedules.layers(id)
			.stream()
			.filter((layer) -> layer.name().equals(slot.get().layer()))
			.map(Rotation::zone)
			.findFirst()
			.orElseGet(() -> team(team).map(Team::zone).orElse(ZoneId.of("UTC")));
		return Optional.of(new Reached(person, new RouteKey(id.value(), team.value(), zone)));
	}

	private record RouteKey(@Nullable UUID schedule, UUID team, ZoneId zone) {
	}

	private record Reached(UserId person, RouteKey route) {
	}

	private String scheduleName(ScheduleId id) {
		return this.schedules.all()
			.stream()
			.filter((s) -> s.id().equals(id))
			.map(Schedule::name)
			.findFirst()
			.orElse("(deleted)");
	}

}
