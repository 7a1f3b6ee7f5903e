package dev.sharpend.incident;

import java.util.Arrays;
import java.util.Optional;

/** The roles of an incident response; each is held by one person at a time. */
public enum IncidentRole {

	/** Leads the response and decides. */
	COMMANDER,

	/** Keeps stakeholders and the status page informed. */
	COMMUNICATIONS,

	/** Keeps the timeline. */
	SCRIBE;

	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

	public static Optional<IncidentRole> fromCode(String code) {
		return Arrays.stream(values()).filter((r) -> r.code().equals(code)).findFirst();
	}

}
