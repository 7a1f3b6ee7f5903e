package dev.sharpend.review;

import java.util.Arrays;
import java.util.Optional;

/** Which part of the system a contributing factor or mitigator lies in. */
public enum FactorType {

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

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<FactorType> fromCode(String code) {
		return Arrays.stream(values()).filter((t) -> t.code.equals(code)).findFirst();
	}

	static String codes() {
		return String.join(", ", Arrays.stream(values()).map(FactorType::code).toList());
	}

}
