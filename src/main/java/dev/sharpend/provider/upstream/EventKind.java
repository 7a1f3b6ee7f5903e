package dev.sharpend.provider.upstream;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** What a provider published. */
@NamedInterface("api")
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
