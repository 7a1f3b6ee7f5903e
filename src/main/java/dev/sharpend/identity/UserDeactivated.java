package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A user may no longer sign in; their tokens stop working. */
@Audited(action = "user.deactivated", target = "user")
record UserDeactivated(@Audited.Id UserId user, String email) implements AuditedChange {
}
