package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** Where our use of a provider stands. */
public enum Lifecycle implements WireCode {

	/** In use. */
	ACTIVE("active", "Active"),

	/** Still in use while we move away from it. */
	BEING_REPLACED("being_replaced", "Being replaced"),

	/** No longer in use; kept for the record. */
	RETIRED("retired", "Retired");

	private final String code;

	private final String label;

	Lifecycle(String code, String label) {
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
