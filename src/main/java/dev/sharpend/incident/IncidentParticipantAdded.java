package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** Someone joined an incident's response. */
@Audited(action = "incident.participant_added", target = "incident")
record IncidentParticipantAdded(@Audited.Id long incident, String person) implements IncidentEvent {
}
