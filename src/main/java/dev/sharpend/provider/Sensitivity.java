package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How sensitive the data of ours a provider holds is. */
public enum Sensitivity implements WireCode {

	/** Nobody has recorded it yet. */
	NOT_ASSESSED("not_assessed", "Not assessed"),

	/** It holds no data of ours. */
	NONE("none", "None"),

	/** Data that would embarrass but not harm if it leaked. */
	INTERNAL("internal", "Internal"),

	/** Business data whose leak would harm us or our customers. */
	CONFIDENTIAL("confidential", "Confidential"),

	/** Personal, payment or regulated data, or secrets. */
	RESTRICTED("restricted", "Restricted");

	private final String code;

	private final String label;

	Sensitivity(String code, String label) {
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
