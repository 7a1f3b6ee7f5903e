package dev.sharpend.chatops;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A chat integration was added; its secret is never recorded. */
@Audited(action = "chat_integration.created", target = "chat_integration")
record ChatIntegrationCreated(@Audited.Id String integration, String name, ChatKind kind) implements AuditedChange {
}
