package dev.sharpend.notify;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * An outbound webhook was removed. The summary names its host, never its path (which may
 * carry a credential) or its secret.
 */
@Audited(action = "webhook.removed", target = "webhook")
record WebhookEndpointRemoved(@Audited.Id String endpoint, String name, String host,
		String events) implements AuditedChange {
}
