package dev.sharpend.chatops;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A chat user now acts as a Sharpend user in chat commands. */
@Audited(action = "chat_user.linked", target = "chat_integration")
record ChatUserLinked(@Audited.Id String integration, String chatUser, String email) implements AuditedChange {
}
