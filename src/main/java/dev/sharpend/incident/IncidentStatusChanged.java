package dev.sharpend.incident;

import org.springframework.modulith.NamedInterface;

/** An incident moved to another status. */
@NamedInterface("api")
public record IncidentStatusChanged(long incident, IncidentStatus from, IncidentStatus to,
		String by) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.status_changed";
	}

	@Override
	public String summary() {
		return "status=" + this.from.code() + " -> " + this.to.code();
	}

}
