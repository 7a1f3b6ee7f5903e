package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A step of an alert group's escalation paged people; the incident handling the group
 * gets a timeline entry, and insights count the pages.
 *
 * @param group the alert group
 * @param step the step, from 1
 * @param people the users paged
 * @param at when
 * @param routes through which schedule and team the people were reached, one entry per
 * schedule, team and zone with how many people; its pages add up to the number of people.
 * Empty in events published before routes were recorded.
 */
@NamedInterface("api")
public record GroupPaged(long group, int step, List<UUID> people, Instant at, List<PageRoute> routes) {

	public GroupPaged {
		people = List.copyOf(people);
		// events stored before routes existed are read back without them
		routes = (routes != null) ? List.copyOf(routes) : List.of();
	}

	/** A page whose routes are not known. */
	public GroupPaged(long group, int step, List<UUID> people, Instant at) {
		this(group, step, people, at, List.of());
	}

}
