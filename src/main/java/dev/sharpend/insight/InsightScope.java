package dev.sharpend.insight;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which alert groups figures are counted over: every group, or only those of one team
 * (groups whose pages reached the team's people, through any of its rotations or
 * directly) and/or of one integration (the one its alerts came through).
 *
 * @param team the team's id, or null for every team
 * @param integration the integration's id, or null for every integration
 */
record InsightScope(@Nullable UUID team, @Nullable UUID integration) {

	static final InsightScope ALL = new InsightScope(null, null);

	public boolean all() {
		return this.team == null && this.integration == null;
	}

	/**
	 * Whether the group is in scope.
	 * @param ofTeam the groups that paged the team (ignored without a team)
	 */
	boolean includes(GroupSummary group, Set<Long> ofTeam) {
		return (this.integration == null || this.integration.equals(group.integration()))
				&& (this.team == null || ofTeam.contains(group.group()));
	}

}
