package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.system.Audited;

/** An incident was declared, by hand or from alert groups. */
@NamedInterface("api")
@Audited(action = "incident.declared", target = "incident")
public record IncidentDeclared(@Audited.Id long incident, String title, String severity,
		String declaredBy) implements IncidentEvent {
}
