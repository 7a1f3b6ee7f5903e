package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

/** An incident was declared, by hand or from alert groups. */
@NamedInterface("api")
public record IncidentDeclared(long incident, String title, String severity,
		String declaredBy) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.declared";
	}

	@Override
	public String summary() {
		return "title=" + this.title + ", severity=" + this.severity;
	}

}
