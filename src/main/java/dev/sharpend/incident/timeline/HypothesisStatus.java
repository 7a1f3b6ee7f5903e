package dev.sharpend.incident.timeline;

import dev.sharpend.system.WireCode;

/** What the team knows about a hypothesis. */
public enum HypothesisStatus implements WireCode {

	/** Not yet checked. */
	OPEN,

	/** Evidence speaks for it. */
	SUPPORTED,

	/** Evidence speaks against it; kept so the next incident does not chase it again. */
	REFUTED;

	@Override
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

}
