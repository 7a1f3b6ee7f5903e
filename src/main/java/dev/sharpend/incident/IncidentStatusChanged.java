package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.system.Audited;

/** An incident moved to another status. */
@NamedInterface("api")
@Audited(action = "incident.status_changed", target = "incident")
public record IncidentStatusChanged(@Audited.Id long incident, IncidentStatus from, IncidentStatus to,
		String by) implements IncidentEvent {
}
