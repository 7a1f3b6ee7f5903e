package dev.sharpend.incident;

import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/** A status incident was opened or updated on a status page from an incident. */
@Audited(action = "incident.status_incident_published", target = "incident")
@NamedInterface("api")
public record StatusIncidentPublished(@Audited.Id long incident, String page, String notice,
		boolean created) implements IncidentEvent {
}
