package dev.sharpend.incident;

import java.time.Instant;

import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/**
 * An entry was added to an incident's timeline; automatic ones (alerts, status changes)
 * are not audited, their source is.
 *
 * @param incident the incident's number
 * @param entry the entry's id
 * @param kind the entry's kind code
 * @param author who wrote it
 * @param automatic whether Sharpend wrote it as a record of something else
 * @param at when it was written
 */
@NamedInterface("api")
@Audited(action = "incident.timeline_entry_recorded", target = "incident")
public record TimelineEntryRecorded(@Audited.Id long incident, long entry, String kind, String author,
		boolean automatic, @Audited.Omit Instant at) implements IncidentEvent {

	@Override
	public boolean audited() {
		return !this.automatic;
	}

	/**
	 * Whether a person wrote it: neither an automatic record nor a note Sharpend added
	 * under its own name (such as who was paged).
	 */
	public boolean byPerson() {
		return !this.automatic && !Timeline.SHARPEND.equals(this.author);
	}

}
