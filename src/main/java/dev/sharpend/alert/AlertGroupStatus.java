package dev.sharpend.alert;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** Where an alert group stands. */
@NamedInterface("api")
public enum AlertGroupStatus {

	/** Firing and nobody has taken it yet. */
	TRIGGERED,

	/** Someone is on it. */
	ACKNOWLEDGED,

	/** Over: all its alerts resolved, or someone resolved it by hand. */
	RESOLVED;

	public String code() {
		return name().toLowerCase();
	}

	public static Optional<AlertGroupStatus> fromCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code().equals(code)).findFirst();
	}

}
