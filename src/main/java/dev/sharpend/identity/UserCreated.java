package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A user account was created (directly, by first-run setup, by invitation or by single
 * sign-on).
 */
@Audited(action = "user.created", target = "user")
record UserCreated(@Audited.Id UserId user, String email, String role, String via) implements AuditedChange {
}
