package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.system.Audited;

/** An incident's severity changed. */
@NamedInterface("api")
@Audited(action = "incident.severity_changed", target = "incident")
public record IncidentSeverityChanged(@Audited.Id long incident, String from, String to,
		String by) implements IncidentEvent {
}
