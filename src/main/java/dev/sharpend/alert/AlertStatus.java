package dev.sharpend.alert;

import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** Whether an alert's condition holds. */
@NamedInterface("api")
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
