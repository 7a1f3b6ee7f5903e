package dev.sharpend.incident.timeline;

import java.util.Arrays;
import java.util.List;

import dev.sharpend.system.WireCode;

/**
 * What a timeline entry records. People write the first five; Sharpend writes the rest.
 */
public enum EntryKind implements WireCode {

	/** Something someone saw. */
	OBSERVATION(true, "Observation"),

	/** Something someone did. */
	ACTION(true, "Action"),

	/** A choice the team made, and why. */
	DECISION(true, "Decision"),

	/** An idea of what is going on, to be checked. */
	HYPOTHESIS(true, "Hypothesis"),

	/** Something said to people outside the response. */
	COMMUNICATION(true, "Communication"),

	/** An alert fired or resolved in an attached alert group. */
	ALERT(false, "Alert"),

	/** The incident's status changed. */
	STATUS(false, "Status"),

	/** A role was assigned or handed over. */
	ROLE(false, "Role"),

	/** The severity changed. */
	SEVERITY(false, "Severity"),

	/** A status incident was published or updated on a status page. */
	STATUS_PAGE(false, "Status page"),

	/**
	 * A change (a deploy, a configuration change) was reported to an attached group's
	 * integration.
	 */
	CHANGE(false, "Change"),

	/**
	 * A provider our affected components depend on changed status on its own status page.
	 */
	UPSTREAM(false, "Upstream provider");

	private final boolean manual;

	private final String label;

	EntryKind(boolean manual, String label) {
		this.manual = manual;
		this.label = label;
	}

	@Override
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return this.label;
	}

	/** Whether people write entries of this kind (the others are automatic). */
	public boolean manual() {
		return this.manual;
	}

	/** The kinds people may write, as a readable list. */
	public static List<EntryKind> manualKinds() {
		return Arrays.stream(values()).filter(EntryKind::manual).toList();
	}

}
