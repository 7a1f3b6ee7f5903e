package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A user was invited and can set a password through a one-time link. */
@Audited(action = "user.invited", target = "user")
record UserInvited(@Audited.Id UserId user, String email, String role) implements AuditedChange {
}
