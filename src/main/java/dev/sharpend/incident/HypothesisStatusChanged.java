package dev.sharpend.incident;

/** A hypothesis was marked supported, refuted or open again, or its evidence changed. */
public record HypothesisStatusChanged(long incident, long hypothesis, String from, String to,
		String by) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.hypothesis_changed";
	}

	@Override
	public String summary() {
		return "hypothesis=" + this.hypothesis + ", status=" + this.from + " -> " + this.to;
	}

}
