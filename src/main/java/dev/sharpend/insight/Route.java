package dev.sharpend.insight;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a page is counted under: the schedule (rotation) and team it reached its person
 * through, and the zone whose wall clock decides its band. Never a person.
 *
 * @param schedule the on-call schedule; null for a person or whole team paged directly,
 * counted as the team's "no rotation"
 * @param team the team
 * @param zone the rotation's time zone (the team's when there is no rotation)
 */
record Route(@Nullable UUID schedule, UUID team, ZoneId zone) {

	private static final String NONE = "-";

	/** How a route is kept in a fact: {@code <schedule or ->|<team>|<zone>}. */
	String code() {
		return ((this.schedule != null) ? this.schedule.toString() : NONE) + "|" + this.team + "|" + this.zone.getId();
	}

	/** A route as {@link #code()} wrote it; null for the empty code of other facts. */
	static @Nullable Route parse(String code) {
		if (code.isEmpty()) {
			return null;
		}
		String[] parts = code.split("\\|", 3);
		return new Route(NONE.equals(parts[0]) ? null : UUID.fromString(parts[0]), UUID.fromString(parts[1]),
				ZoneId.of(parts[2]));
	}

}
