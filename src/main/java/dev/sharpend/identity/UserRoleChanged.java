package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A user was given another role. */
@Audited(action = "user.role_changed", target = "user")
record UserRoleChanged(@Audited.Id UserId user, String email, String from, String to) implements AuditedChange {
}
