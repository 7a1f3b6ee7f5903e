package dev.sharpend.oncall;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.sharpend.oncall.api.ScheduleId;

/**
 * What a source is read against: the team it is imported into, the people who can be
 * matched, the team's schedules and all teams (which escalation steps may name), and the
 * time the plan is made.
 *
 * @param team the team that will own what is created
 * @param people the people imported objects may name
 * @param schedules the team's schedules
 * @param teams every team
 * @param now when the plan is made
 */
record ImportContext(Team team, ImportPeople people, List<Schedule> schedules, List<Team> teams, Instant now) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);

	/** A placeholder for the schedule the plan's layers will belong to. */
	static final ScheduleId PLANNED = new ScheduleId(new java.util.UUID(0, 0));

	Optional<Schedule> schedule(String name) {
		return this.schedules.stream().filter((s) -> s.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	Optional<Team> team(String name) {
		return this.teams.stream().filter((t) -> t.name().equalsIgnoreCase(name.strip())).findFirst();
	}

	/** An instant as the team reads it, for a plan's reasons. */
	String shown(Instant at, ZoneId zone) {
		return DAY.format(at.atZone(zone)) + " " + zone.getId();
	}

}
