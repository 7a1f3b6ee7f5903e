package dev.sharpend.incident.timeline;

import dev.sharpend.system.WireCode;

/** Which way a person reads an incident's timeline. */
public enum TimelineOrder implements WireCode {

	/**
	 * The latest entry on top, just under the composer: how a running incident is
	 * followed.
	 */
	NEWEST_FIRST("newest"),

	/** The first entry on top: how an incident is read as a story afterwards. */
	OLDEST_FIRST("oldest");

	private final String code;

	TimelineOrder(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The other order, which the toggle on the page offers. */
	public TimelineOrder flipped() {
		return (this == NEWEST_FIRST) ? OLDEST_FIRST : NEWEST_FIRST;
	}

}
