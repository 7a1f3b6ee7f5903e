package dev.sharpend.incident;

/** A status incident was opened or updated on a status page from an incident. */
record StatusIncidentPublished(long incident, String page, String notice, boolean created) implements IncidentEvent {

	@Override
	public String action() {
		return "incident.status_incident_published";
	}

	@Override
	public String summary() {
		return "page=" + this.page + ", notice=" + this.notice + (this.created ? ", created" : ", updated");
	}

}
