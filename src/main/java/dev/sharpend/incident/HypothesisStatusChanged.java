package dev.sharpend.incident;

import dev.sharpend.system.Audited;

/** A hypothesis was marked supported, refuted or open again, or its evidence changed. */
@Audited(action = "incident.hypothesis_changed", target = "incident")
public record HypothesisStatusChanged(@Audited.Id long incident, long hypothesis, String from, String to,
		String by) implements IncidentEvent {
}
