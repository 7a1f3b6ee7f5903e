package dev.sharpend.notify;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An administrator saved or cleared the SMTP settings (never with the password). */
@Audited(action = "smtp_settings.saved", target = "smtp_settings")
record SmtpSettingsSaved(String summary) implements AuditedChange {
}
