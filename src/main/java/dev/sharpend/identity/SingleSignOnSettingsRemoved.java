package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/**
 * An administrator removed the single sign-on settings saved in the UI; the environment's
 * settings ({@code SHARPEND_OIDC_*}) apply again.
 *
 * @param issuer the issuer of the removed settings
 */
record SingleSignOnSettingsRemoved(String issuer) implements AuditedChange {

	@Override
	public String action() {
		return "sso-settings.removed";
	}

	@Override
	public String targetType() {
		return "sso-settings";
	}

	@Override
	public String targetId() {
		return null;
	}

	@Override
	public String summary() {
		return "stored settings removed (issuer=" + this.issuer + "); the environment's settings apply";
	}

}
