package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A user changed their password (the password itself is never recorded). */
@Audited(action = "user.password_changed", target = "user")
record PasswordChanged(@Audited.Id UserId user, String email) implements AuditedChange {
}
