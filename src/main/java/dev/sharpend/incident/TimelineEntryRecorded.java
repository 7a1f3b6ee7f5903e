package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/**
 * An entry was added to an incident's timeline; automatic ones (alerts, status changes)
 * are not audited, their source is.
 */
@Audited(action = "incident.timeline_entry_recorded", target = "incident")
public record TimelineEntryRecorded(@Audited.Id long incident, long entry, String kind, String author,
		boolean automatic) implements IncidentEvent {

	@Override
	public boolean audited() {
		return !this.automatic;
	}

}
