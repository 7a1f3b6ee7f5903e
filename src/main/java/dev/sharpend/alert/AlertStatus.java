package dev.sharpend.alert;

import java.util.Optional;

/** Whether an alert's condition holds. */
public enum AlertStatus {

	/** The condition holds now. */
	FIRING,

	/** The condition no longer holds. */
	RESOLVED;

	public String code() {
		return name().toLowerCase();
	}

	public static Optional<AlertStatus> fromCode(String code) {
		if ("firing".equals(code)) {
			return Optional.of(FIRING);
		}
		if ("resolved".equals(code)) {
			return Optional.of(RESOLVED);
		}
		return Optional.empty();
	}

}
