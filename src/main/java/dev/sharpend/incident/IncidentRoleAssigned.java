package dev.sharpend.incident;

import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/**
 * A role was given to someone (the previous holder, if any, handed it over); a null
 * holder leaves it vacant.
 */
@Audited(action = "incident.role_assigned", target = "incident")
@NamedInterface("api")
public record IncidentRoleAssigned(@Audited.Id long incident, IncidentRole role, String holder, String previous,
		String by) implements IncidentEvent {
}
