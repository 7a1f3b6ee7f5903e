package dev.sharpend.review;

import dev.sharpend.system.WireCode;

/** Which part of the system a contributing factor or mitigator lies in. */
public enum FactorType implements WireCode {

	/** Software, hardware, capacity, configuration. */
	TECHNICAL("technical", "Technical"),

	/** How work is meant to be done: procedures, runbooks, reviews. */
	PROCESS("process", "Process"),

	/** Staffing, priorities, ownership, incentives. */
	ORGANISATIONAL("organisational", "Organisational"),

	/** How information flowed between people and teams. */
	COMMUNICATION("communication", "Communication"),

	/** What the tools showed, hid or made easy. */
	TOOLING("tooling", "Tooling"),

	/** What people knew or could know at the time. */
	KNOWLEDGE("knowledge", "Knowledge"),

	/** A provider or anything else outside the team. */
	EXTERNAL("external", "External / provider");

	private final String code;

	private final String label;

	FactorType(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

}
