package dev.sharpend.provider;

import dev.sharpend.system.WireCode;

/** How finely access to a provider is granted to us. */
public enum AccessGranularity implements WireCode {

	/** Nobody has recorded it yet. */
	NOT_ASSESSED("not_assessed"),

	/** One account or key that several people or systems share. */
	SHARED_CREDENTIAL("shared_credential"),

	/** Each person has an account of their own. */
	PER_USER_ACCOUNTS("per_user_accounts"),

	/** Tokens limited to what each system needs. */
	SCOPED_TOKENS("scoped_tokens"),

	/** People sign in through our identity provider. */
	SINGLE_SIGN_ON("sso");

	private final String code;

	AccessGranularity(String code) {
		this.code = code;
	}

	@Override
	public String code() {
		return this.code;
	}

}
