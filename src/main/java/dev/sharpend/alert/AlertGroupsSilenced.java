package dev.sharpend.alert;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A person set a silence matching alerts of groups that were open at the time: for those
 * groups, someone acted on them. Published only when the silence matched an open group.
 *
 * @param silence the silence's id
 * @param groups the open groups with an alert it matches
 * @param by who set it
 * @param at when
 */
@NamedInterface("api")
public record AlertGroupsSilenced(long silence, List<Long> groups, String by, Instant at) {

	public AlertGroupsSilenced {
		groups = List.copyOf(groups);
	}

}
