package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Whether an alert's condition holds. */
@NamedInterface("api")
public enum AlertStatus implements WireCode {

	/** The condition holds now. */
	FIRING,

	/** The condition no longer holds. */
	RESOLVED;

	@Override
	public String code() {
		return name().toLowerCase();
	}

}
