package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** A timeline entry was corrected. */
@Audited(action = "incident.timeline_entry_edited", target = "incident")
public record TimelineEntryEdited(@Audited.Id long incident, long entry, String changes) implements IncidentEvent {
}
