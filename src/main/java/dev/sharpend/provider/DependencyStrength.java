package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How much one of our components needs a provider. */
public enum DependencyStrength implements WireCode {

	/**
	 * The component fails when the provider does: the provider is in its critical path.
	 */
	HARD("hard", "Hard"),

	/** The component degrades but keeps working when the provider fails. */
	SOFT("soft", "Soft");

	private final String code;

	private final String label;

	DependencyStrength(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** How a person reads it. */
	public String label() {
		return this.label;
	}

}
