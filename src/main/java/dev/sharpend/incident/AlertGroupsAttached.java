package dev.sharpend.incident;

import java.time.Instant;
import java.util.List;

import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/**
 * Alert groups were attached to an incident, or an incident was declared from them.
 *
 * @param incident the incident's number
 * @param groups the groups newly attached
 * @param by who attached them
 * @param at when
 */
@Audited(action = "incident.alert_groups_attached", target = "incident")
@NamedInterface("api")
public record AlertGroupsAttached(@Audited.Id long incident, List<Long> groups, String by,
		@Audited.Omit Instant at) implements IncidentEvent {
}
