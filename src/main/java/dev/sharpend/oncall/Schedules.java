package dev.sharpend.oncall;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.sharpend.oncall.api.OnCall;
import dev.sharpend.oncall.api.OnCallLookup;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.ScheduleOutline;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.oncall.api.TeamOnCall;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's schedules, their final schedules and who is on call. */
@Service
@Transactional
public class Schedules implements OnCallLookup {

	/** The longest range a final schedule is computed for at once. */
	static final Duration MAX_RANGE = Duration.ofDays(366);

	private final TeamRepository teams;

	private final RotationRepository rotations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Schedules(TeamRepository teams, RotationRepository rotations, ApplicationEventPublisher events, Clock clock) {
		this.teams = teams;
		this.rotations = rotations;
		this.events = events;
		this.clock = clock;
	}

	/** Every team's schedules, by name. */
	@Transactional(readOnly = true)
	public List<Schedule> all() {
		return this.teams.schedules();
	}

	@Transactional(readOnly = true)
	public List<Schedule> of(TeamId team) {
		return this.teams.schedules(team);
	}

	@Transactional(readOnly = true)
	public Schedule require(ScheduleId id) {
		return this.teams.schedule(id).orElseThrow(() -> RequestRejected.notFound("There is no schedule " + id + "."));
	}

	public Schedule create(TeamId team, String name) {
		this.teams.team(team).orElseThrow(() -> RequestRejected.invalid("team", "There is no team " + team + "."));
		Schedule schedule = new Schedule(ScheduleId.random(), team, OnCallInput.name(name, "schedule"));
		this.teams.save(schedule, this.clock.instant());
		this.events
			.publishEvent(new ScheduleCreated(schedule.id().toString(), "team=" + team + ", name=" + schedule.name()));
		return schedule;
	}

	public Schedule rename(ScheduleId id, String name) {
		Schedule schedule = new Schedule(id, require(id).team(), OnCallInput.name(name, "schedule"));
		this.teams.save(schedule, this.clock.instant());
		this.events.publishEvent(new ScheduleChanged(id.toString(), "name=" + schedule.name()));
		return schedule;
	}

	public void delete(ScheduleId id) {
		Schedule schedule = require(id);
		this.teams.delete(id);
		this.events.publishEvent(new ScheduleDeleted(id.toString(), "name=" + schedule.name()));
	}

	/** Every schedule's layers. */
	@Transactional(readOnly = true)
	public List<Rotation> allLayers() {
		return this.rotations.rotations();
	}

	/** The schedule's layers, highest first. */
	@Transactional(readOnly = true)
	public List<Rotation> layers(ScheduleId id) {
		require(id);
		return this.rotations.rotations(id);
	}

	/**
	 * The final schedule over [from, to).
	 * @throws RequestRejected when to is not after from or the range exceeds a year
	 */
	@Transactional(readOnly = true)
	public FinalSchedule finalSchedule(ScheduleId id, Instant from, Instant to) {
		require(id);
		if (!to.isAfter(from)) {
			throw RequestRejected.invalid("to", "The end of the range must be after its start.");
		}
		if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
			throw RequestRejected.invalid("to", "Ask for at most " + MAX_RANGE.toDays() + " days at once.");
		}
		return FinalSchedule.compute(this.rotations.rotations(id), this.rotations.overrides(id, from), from, to);
	}

	@Override
	@Transactional(readOnly = true)
	public List<TeamOnCall> everyTeam(Instant at) {
		return this.teams.teams()
			.stream()
			.map((team) -> new TeamOnCall(team.id(), team.name(), team.zone(), onCall(team.id(), at), team.members()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScheduleOutline> schedules() {
		List<ScheduleOutline> outlines = new ArrayList<>();
		for (Team team : this.teams.teams()) {
			for (Schedule schedule : this.teams.schedules(team.id())) {
				List<Rotation> layers = this.rotations.rotations(schedule.id());
				if (layers.isEmpty()) {
					outlines.add(new ScheduleOutline(schedule.id(), schedule.name(), team.id(), team.name(),
							team.zone(), DayOfWeek.MONDAY, ScheduleOutline.DEFAULT_HANDOFF, team.members()));
				}
				else {
					// layers come highest first; the base layer sets the rhythm
					Rotation base = layers.get(layers.size() - 1);
					ZonedDateTime handoff = base.handoff().atZone(base.zone());
					outlines.add(new ScheduleOutline(schedule.id(), schedule.name(), team.id(), team.name(),
							base.zone(), handoff.getDayOfWeek(), handoff.toLocalTime(), team.members()));
				}
			}
		}
		return outlines;
	}

	@Override
	@Transactional(readOnly = true)
	public List<OnCall> onCall(TeamId team, Instant at) {
		this.teams.team(team).orElseThrow(() -> RequestRejected.notFound("There is no team " + team + "."));
		Instant horizon = at.plus(HORIZON);
		return this.teams.schedules(team).stream().map((schedule) -> {
			FinalSchedule plan = finalSchedule(schedule.id(), at, horizon);
			Slot slot = plan.slots().get(0);
			Instant until = slot.end().equals(horizon) ? null : slot.end();
			return new OnCall(schedule.id(), schedule.name(), slot.user(), slot.layer(),
					slot.source() == Slot.Source.OVERRIDE, until);
		}).toList();
	}

}
