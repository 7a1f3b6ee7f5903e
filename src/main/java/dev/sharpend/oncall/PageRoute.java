package dev.sharpend.oncall;

import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * How many of the people one escalation step paged were reached through one schedule of
 * one team: the figure insights count interruptions by, never naming a person.
 *
 * @param schedule the schedule whose on-call person was paged; null when the step named
 * the person or the whole team directly
 * @param team the schedule's team; for a person named directly the team owning the
 * escalation policy; for a whole team that team
 * @param zone the time zone of the wall clock the page fell on: the zone of the rotation
 * that had the person on call, else (an override, a person or team named directly) the
 * team's zone
 * @param pages how many people were paged this way, at least 1
 */
@NamedInterface("api")
public record PageRoute(@Nullable UUID schedule, UUID team, ZoneId zone, int pages) {

	public PageRoute {
		if (pages < 1) {
			throw new IllegalArgumentException("A route pages at least one person.");
		}
	}

}
