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
 * @param rotation the rotation's (on-call schedule's) id, or null for every rotation:
 * only the groups whose pages went through it
 */
record InsightScope(@Nullable UUID team, @Nullable UUID integration, @Nullable UUID rotation) {

	static final InsightScope ALL = new InsightScope(null, null, null);

	InsightScope(@Nullable UUID team, @Nullable UUID integration) {
		this(team, integration, null);
	}

	public boolean all() {
		return this.team == null && this.integration == null && this.rotation == null;
	}

	/** Whether only groups that paged (a team, a rotation) are counted. */
	boolean byPages() {
		return this.team != null || this.rotation != null;
	}

	/**
	 * Whether the group is in scope.
	 * @param paged the groups that paged the team and/or through the rotation (ignored
	 * without either)
	 */
	boolean includes(GroupSummary group, Set<Long> paged) {
		return (this.integration == null || this.integration.equals(group.integration()))
				&& (!byPages() || paged.contains(group.group()));
	}

}
