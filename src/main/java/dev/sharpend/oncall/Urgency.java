package dev.sharpend.oncall;

import dev.sharpend.system.WireCode;

/** How urgent a page is, choosing which of a person's notification rules apply. */
public enum Urgency implements WireCode {

	/** Wakes people: every high-urgency rule applies at once, day or night. */
	HIGH("high"),

	/** Waits for business hours in the person's time zone. */
	LOW("low");

	private final String code;

	Urgency(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
