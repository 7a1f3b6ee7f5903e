package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An API token was created; its value is never recorded. */
@Audited(action = "token.created", target = "api_token")
record ApiTokenCreated(@Audited.Id ApiTokenId token, String name, String owner, String permissions,
		java.time.Instant expiresAt) implements AuditedChange {
}
