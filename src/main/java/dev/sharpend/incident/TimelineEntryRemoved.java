package dev.sharpend.incident;

/** A timeline entry was removed. */
public record TimelineEntryRemoved(long incident, long entry) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.timeline_entry_removed";
	}

	@Override
	public String summary() {
		return "entry=" + this.entry;
	}

}
