package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A deactivated user may sign in again. */
@Audited(action = "user.reactivated", target = "user")
record UserReactivated(@Audited.Id UserId user, String email) implements AuditedChange {
}
