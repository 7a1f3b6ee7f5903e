package dev.sharpend.oncall;

import java.time.ZoneId;
import java.util.List;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.api.TeamId;

/**
 * People who share on-call duty. Schedules, and later escalation policies and the
 * integrations they route, belong to a team.
 *
 * @param id the team's id
 * @param name its name, unique regardless of case
 * @param zone the zone its pages show times in
 * @param members its members
 */
public record Team(TeamId id, String name, ZoneId zone, List<UserId> members) {

	public Team {
		members = List.copyOf(members);
	}

}
