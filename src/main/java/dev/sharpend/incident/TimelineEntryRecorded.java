package dev.sharpend.incident;

/**
 * An entry was added to an incident's timeline; automatic ones (alerts, status changes)
 * are not audited, their source is.
 */
public record TimelineEntryRecorded(long incident, long entry, String kind, String author,
		boolean automatic) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.timeline_entry_recorded";
	}

	@Override
	public String summary() {
		return "entry=" + this.entry + ", kind=" + this.kind;
	}

	@Override
	public boolean audited() {
		return !this.automatic;
	}

}
