package dev.sharpend.provider.upstream;

import dev.sharpend.system.WireCode;

/** What a provider published. */
public enum EventKind implements WireCode {

	/** Something broke or was at risk, unplanned. */
	INCIDENT("incident"),

	/** Planned work announced ahead. */
	MAINTENANCE("maintenance");

	private final String code;

	EventKind(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
