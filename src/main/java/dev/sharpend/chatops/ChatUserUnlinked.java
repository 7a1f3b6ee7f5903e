package dev.sharpend.chatops;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A chat user no longer acts as a Sharpend user. */
@Audited(action = "chat_user.unlinked", target = "chat_integration")
record ChatUserUnlinked(@Audited.Id String integration, String chatUser) implements AuditedChange {
}
