package dev.sharpend.secret;

import dev.sharpend.system.AuditedChange;

/**
 * A secret was stored. Carries only its reference and purpose, never the value.
 *
 * @param secret the secret
 * @param purpose what it is for
 */
record SecretSealed(SecretRef secret, String purpose) implements AuditedChange {

	@Override
	public String action() {
		return "secret.sealed";
	}

	@Override
	public String targetType() {
		return "secret";
	}

	@Override
	public String targetId() {
		return this.secret.toString();
	}

	@Override
	public String summary() {
		return "purpose=" + this.purpose;
	}

}
