package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** A hypothesis was recorded on an incident. */
@Audited(action = "incident.hypothesis_recorded", target = "incident")
public record HypothesisRecorded(@Audited.Id long incident, long hypothesis,
		@Audited.Omit String statement) implements IncidentEvent {
}
