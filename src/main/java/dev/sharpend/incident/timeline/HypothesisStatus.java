package dev.sharpend.incident.timeline;

import java.util.Arrays;
import java.util.Optional;

/** What the team knows about a hypothesis. */
public enum HypothesisStatus {

	/** Not yet checked. */
	OPEN,

	/** Evidence speaks for it. */
	SUPPORTED,

	/** Evidence speaks against it; kept so the next incident does not chase it again. */
	REFUTED;

	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

	public static Optional<HypothesisStatus> fromCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code().equals(code)).findFirst();
	}

}
