package dev.sharpend.oncall;

import dev.sharpend.system.WireCode;

/** What an escalation step pages. */
public enum TargetKind implements WireCode {

	/** One person. */
	USER("user"),

	/** Whoever is on call on a schedule when the step fires. */
	SCHEDULE("schedule"),

	/** Every member of a team. */
	TEAM("team");

	private final String code;

	TargetKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
