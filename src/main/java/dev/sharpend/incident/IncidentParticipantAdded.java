package dev.sharpend.incident;

/** Someone joined an incident's response. */
record IncidentParticipantAdded(long incident, String person) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.participant_added";
	}

	@Override
	public String summary() {
		return "person=" + this.person;
	}

}
