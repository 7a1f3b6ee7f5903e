package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

/** An incident's severity changed. */
@NamedInterface("api")
public record IncidentSeverityChanged(long incident, String from, String to, String by) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.severity_changed";
	}

	@Override
	public String summary() {
		return "severity=" + this.from + " -> " + this.to;
	}

}
