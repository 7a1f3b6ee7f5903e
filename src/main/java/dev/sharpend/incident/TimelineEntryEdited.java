package dev.sharpend.incident;

/** A timeline entry was corrected. */
public record TimelineEntryEdited(long incident, long entry, String changes) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.timeline_entry_edited";
	}

	@Override
	public String summary() {
		return "entry=" + this.entry + ", " + this.changes;
	}

}
