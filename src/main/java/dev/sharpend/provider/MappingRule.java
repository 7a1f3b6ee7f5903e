package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/**
 * What follows for our component when a provider's component it is mapped to is unwell.
 */
public enum MappingRule implements WireCode {

	/** Our component shows the provider's status as a note; its own status stays. */
	NOTE("note"),

	/**
	 * Our component also takes a status of its own from the provider's, never worse than
	 * the mapping's cap, and gets its status back when the provider recovers.
	 */
	DEGRADE("degrade");

	private final String code;

	MappingRule(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
