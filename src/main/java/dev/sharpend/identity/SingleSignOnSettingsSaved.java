package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An administrator saved the single sign-on settings in the UI or through the API.
 *
 * @param changes the changed fields, such as
 * {@code issuer=https://id.example.com, enabled=true; client secret changed}; never the
 * client secret itself
 */
@Audited(action = "sso-settings.saved", target = "sso-settings")
record SingleSignOnSettingsSaved(String changes) implements AuditedChange {

	@Override
	public String summary() {
		return this.changes;
	}

}
