package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

/** Whether an alert's condition holds. */
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
