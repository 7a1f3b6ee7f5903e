package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** Where our use of a provider stands. */
public enum Lifecycle implements WireCode {

	/** In use. */
	ACTIVE("active"),

	/** Still in use while we move away from it. */
	BEING_REPLACED("being_replaced"),

	/** No longer in use; kept for the record. */
	RETIRED("retired");

	private final String code;

	Lifecycle(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
