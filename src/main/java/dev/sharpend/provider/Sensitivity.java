package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How sensitive the data of ours a provider holds is. */
public enum Sensitivity implements WireCode {

	/** Nobody has recorded it yet. */
	NOT_ASSESSED("not_assessed"),

	/** It holds no data of ours. */
	NONE("none"),

	/** Data that would embarrass but not harm if it leaked. */
	INTERNAL("internal"),

	/** Business data whose leak would harm us or our customers. */
	CONFIDENTIAL("confidential"),

	/** Personal, payment or regulated data, or secrets. */
	RESTRICTED("restricted");

	private final String code;

	Sensitivity(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
