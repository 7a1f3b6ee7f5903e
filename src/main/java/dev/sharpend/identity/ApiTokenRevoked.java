package dev.sharpend.identity;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** An API token was revoked and stops working at once. */
@Audited(action = "token.revoked", target = "api_token")
record ApiTokenRevoked(@Audited.Id ApiTokenId token, String name, String owner) implements AuditedChange {
}
