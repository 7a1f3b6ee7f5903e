package dev.sharpend.incident;

import dev.sharpend.system.Audited;

import org.springframework.modulith.NamedInterface;

/** Someone joined an incident's response. */
@Audited(action = "incident.participant_added", target = "incident")
@NamedInterface("api")
public record IncidentParticipantAdded(@Audited.Id long incident, String person) implements IncidentEvent {
}
