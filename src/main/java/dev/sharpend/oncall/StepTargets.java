package dev.sharpend.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;

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
	 */
	record Resolution(List<UserId> people, List<String> notes) {
	}

	/**
	 * Resolves the step's targets; with round-robin only the target whose turn it is.
	 * @param turn how many times the step fired before
	 */
	Resolution resolve(EscalationStep step, int turn, Instant at) {
		List<EscalationTarget> targets = step.targets();
		if (step.roundRobin() && !targets.isEmpty()) {
			targets = List.of(targets.get(Math.floorMod(turn, targets.size())));
		}
		Set<UserId> people = new LinkedHashSet<>();
		List<String> notes = new ArrayList<>();
		for (EscalationTarget target : targets) {
			switch (target.kind()) {
				case USER -> people.add(new UserId(target.id()));
				case SCHEDULE -> onCall(new ScheduleId(target.id()), at).ifPresentOrElse(people::add, () -> notes
					.add("Schedule " + scheduleName(new ScheduleId(target.id())) + " had nobody on call."));
				case TEAM -> {
					Optional<Team> team = this.teams.list()
						.stream()
						.filter((t) -> t.id().equals(new TeamId(target.id())))
						.findFirst();
					team.ifPresent((t) -> people.addAll(t.members()));
					if (team.isEmpty() || team.get().members().isEmpty()) {
						notes.add("Team " + team.map(Team::name).orElse("(deleted)") + " had nobody to page.");
					}
				}
			}
		}
		return new Resolution(List.copyOf(people), notes);
	}

	/**
	 * Who the schedule has on call; looked up among all schedules rather than required,
	 * so a deleted schedule pages nobody instead of failing the firing.
	 */
	private Optional<UserId> onCall(ScheduleId id, Instant at) {
		boolean exists = this.schedules.all().stream().anyMatch((s) -> s.id().equals(id));
		if (!exists) {
			return Optional.empty();
		}
		return this.schedules.finalSchedule(id, at, at.plus(Duration.ofMinutes(1))).at(at).map(Slot::user);
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
