package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** An incident's title, summary or affected components changed. */
@Audited(action = "incident.edited", target = "incident")
public record IncidentEdited(@Audited.Id long incident, String changes) implements IncidentEvent {

	@Override
	public String summary() {
		return this.changes;
	}

}
