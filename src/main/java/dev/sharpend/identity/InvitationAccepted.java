package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An invited user set their password. */
@Audited(action = "user.invitation_accepted", target = "user")
record InvitationAccepted(@Audited.Id UserId user, String email) implements AuditedChange {
}
