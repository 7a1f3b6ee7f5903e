package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** A timeline entry was removed. */
@Audited(action = "incident.timeline_entry_removed", target = "incident")
public record TimelineEntryRemoved(@Audited.Id long incident, long entry) implements IncidentEvent {
}
