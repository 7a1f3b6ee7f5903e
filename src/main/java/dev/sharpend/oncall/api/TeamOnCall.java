package dev.sharpend.oncall.api;

import java.time.ZoneId;
import java.util.List;

/**
 * A team's answers to "who is on call", one per schedule.
 *
 * @param team the team
 * @param teamName its name
 * @param zone the time zone its pages show times in
 * @param schedules one answer per schedule, by schedule name
 */
public record TeamOnCall(TeamId team, String teamName, ZoneId zone, List<OnCall> schedules) {

	public TeamOnCall {
		schedules = List.copyOf(schedules);
	}

}
