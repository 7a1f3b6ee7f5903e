package dev.sharpend.incident;

/** A hypothesis was recorded on an incident. */
public record HypothesisRecorded(long incident, long hypothesis, String statement) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.hypothesis_recorded";
	}

	@Override
	public String summary() {
		return "hypothesis=" + this.hypothesis;
	}

}
