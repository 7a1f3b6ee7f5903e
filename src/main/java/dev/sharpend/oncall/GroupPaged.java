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
 */
@NamedInterface("api")
public record GroupPaged(long group, int step, List<UUID> people, Instant at) {

	public GroupPaged {
		people = List.copyOf(people);
	}

}
