package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where an alert group stands. */
@NamedInterface("api")
public enum AlertGroupStatus implements WireCode {

	/** Firing and nobody has taken it yet. */
	TRIGGERED,

	/** Someone is on it. */
	ACKNOWLEDGED,

	/** Over: all its alerts resolved, or someone resolved it by hand. */
	RESOLVED;

	@Override
	public String code() {
		return name().toLowerCase();
	}

}
