package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How finely access to a provider is granted to us. */
public enum AccessGranularity implements WireCode {

	/** Nobody has recorded it yet. */
	NOT_ASSESSED("not_assessed", "Not assessed"),

	/** One account or key that several people or systems share. */
	SHARED_CREDENTIAL("shared_credential", "Shared credential"),

	/** Each person has an account of their own. */
	PER_USER_ACCOUNTS("per_user_accounts", "Per-user accounts"),

	/** Tokens limited to what each system needs. */
	SCOPED_TOKENS("scoped_tokens", "Scoped tokens"),

	/** People sign in through our identity provider. */
	SINGLE_SIGN_ON("sso", "Single sign-on");

	private final String code;

	private final String label;

	AccessGranularity(String code, String label) {
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
