package dev.sharpend.incident;

import dev.sharpend.system.WireCode;

/** The roles of an incident response; each is held by one person at a time. */
public enum IncidentRole implements WireCode {

	/** Leads the response and decides. */
	COMMANDER,

	/** Keeps stakeholders and the status page informed. */
	COMMUNICATIONS,

	/** Keeps the timeline. */
	SCRIBE;

	@Override
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
