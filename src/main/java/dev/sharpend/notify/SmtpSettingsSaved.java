package dev.sharpend.notify;

import dev.sharpend.system.AuditedChange;

/** An administrator saved or cleared the SMTP settings (never with the password). */
record SmtpSettingsSaved(String summary) implements AuditedChange {

	@Override
	public String action() {
		return "smtp_settings.saved";
	}

	@Override
	public String targetType() {
		return "smtp_settings";
	}

	@Override
	public String targetId() {
		return null;
	}

}
