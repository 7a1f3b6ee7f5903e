package dev.sharpend.oncall.api;

import java.time.ZoneId;
import java.util.List;

import dev.sharpend.identity.UserId;

/**
 * A team's answers to "who is on call", one per schedule.
 *
 * @param team the team
 * @param teamName its name
 * @param zone the time zone its pages show times in
 * @param schedules one answer per schedule, by schedule name
 * @param members the team's members
 */
public record TeamOnCall(TeamId team, String teamName, ZoneId zone, List<OnCall> schedules, List<UserId> members) {

	public TeamOnCall {
		schedules = List.copyOf(schedules);
		members = List.copyOf(members);
	}

	/** A team's answers, its members not given. */
	public TeamOnCall(TeamId team, String teamName, ZoneId zone, List<OnCall> schedules) {
		this(team, teamName, zone, schedules, List.of());
	}

}
