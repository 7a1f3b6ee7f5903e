package dev.sharpend.identity.web;

import dev.sharpend.identity.SingleSignOnSettings;

/**
 * The single sign-on settings form. A checkbox that is not ticked is not sent, so its
 * field is null, meaning false.
 */
record SsoSettingsForm(Boolean enabled, String issuer, String clientId, String clientSecret, Boolean clearClientSecret,
		String defaultRole, String label) {

	static SsoSettingsForm of(SingleSignOnSettings.Overview overview) {
		// With nothing set up yet, the form offers to switch single sign-on on.
		boolean enabled = overview.enabled() || overview.source() == SingleSignOnSettings.Source.NONE;
		return new SsoSettingsForm(enabled, overview.issuer(), overview.clientId(), null, false, overview.defaultRole(),
				overview.label());
	}

	SingleSignOnSettings.Change toChange() {
		return new SingleSignOnSettings.Change(Boolean.TRUE.equals(this.enabled), this.issuer, this.clientId,
				this.clientSecret, Boolean.TRUE.equals(this.clearClientSecret), this.defaultRole, this.label);
	}

	@Override
	public String toString() {
		return "SsoSettingsForm[issuer=" + this.issuer + ", clientId=" + this.clientId + "]";
	}

}
