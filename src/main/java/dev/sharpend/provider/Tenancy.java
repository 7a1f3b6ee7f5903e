package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How a provider runs what it does for us: shared with its other customers or not. */
public enum Tenancy implements WireCode {

	/** Nobody has recorded it yet. */
	NOT_ASSESSED("not_assessed", "Not assessed"),

	/**
	 * Shared with the provider's other customers: their load and their incidents can
	 * reach us.
	 */
	MULTI_TENANT("multi_tenant", "Multi-tenant"),

	/** Run for us alone, but operated by the provider. */
	DEDICATED("dedicated", "Dedicated but managed"),

	/** We run it ourselves on the provider's infrastructure. */
	SELF_RUN("self_run", "Self-run");

	private final String code;

	private final String label;

	Tenancy(String code, String label) {
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
