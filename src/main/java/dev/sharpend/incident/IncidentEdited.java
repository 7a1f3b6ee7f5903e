package dev.sharpend.incident;

/** An incident's title, summary or affected components changed. */
public record IncidentEdited(long incident, String changes) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.edited";
	}

	@Override
	public String summary() {
		return this.changes;
	}

}
