package dev.sharpend.oncall.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Who is on call for a team, computed from its schedules' final schedules. */
public interface OnCallLookup {

	/** How far ahead an answer looks for the next change. */
	Duration HORIZON = Duration.ofDays(56);

	/**
	 * One answer per schedule of the team, in schedule name order; empty when the team
	 * has no schedule.
	 * @throws dev.sharpend.system.RequestRejected when there is no such team
	 */
	List<OnCall> onCall(TeamId team, Instant at);

	/** Every team's answers at an instant, teams by name. */
	List<TeamOnCall> everyTeam(Instant at);

	/** Every schedule of every team with its handoff and team, teams by name. */
	List<ScheduleOutline> schedules();

}
