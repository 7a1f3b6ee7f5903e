package dev.sharpend.chatops;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A chat integration was removed, with its links and secret. */
@Audited(action = "chat_integration.removed", target = "chat_integration")
record ChatIntegrationRemoved(@Audited.Id String integration, String name) implements AuditedChange {
}
