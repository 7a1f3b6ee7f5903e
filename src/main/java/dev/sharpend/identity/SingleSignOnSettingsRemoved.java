package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An administrator removed the single sign-on settings saved in the UI; the environment's
 * settings ({@code SHARPEND_OIDC_*}) apply again.
 *
 * @param issuer the issuer of the removed settings
 */
@Audited(action = "sso-settings.removed", target = "sso-settings")
record SingleSignOnSettingsRemoved(String issuer) implements AuditedChange {

	@Override
	public String summary() {
		return "stored settings removed (issuer=" + this.issuer + "); the environment's settings apply";
	}

}
