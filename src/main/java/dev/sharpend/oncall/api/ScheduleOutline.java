package dev.sharpend.oncall.api;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.sharpend.identity.UserId;

/**
 * A schedule (rotation) as other modules need it to send a weekly word to its team: the
 * weekday and time its turns are handed over, on the wall clock of its base layer.
 *
 * @param schedule the schedule
 * @param name its name
 * @param team the team it belongs to
 * @param teamName the team's name
 * @param zone the zone of its base (lowest) layer, or the team's zone without layers
 * @param handoffDay the weekday of the base layer's first handoff in that zone; Monday
 * without layers
 * @param handoffTime the time of day of that handoff; 09:00 without layers
 * @param members the team's members
 */
public record ScheduleOutline(ScheduleId schedule, String name, TeamId team, String teamName, ZoneId zone,
		DayOfWeek handoffDay, LocalTime handoffTime, List<UserId> members) {

	/** When a schedule has no layer to take the handoff from. */
	public static final LocalTime DEFAULT_HANDOFF = LocalTime.of(9, 0);

	public ScheduleOutline {
		members = List.copyOf(members);
	}

}
