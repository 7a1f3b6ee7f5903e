package dev.sharpend.secret;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A secret was stored. Carries only its reference and purpose, never the value.
 *
 * @param secret the secret
 * @param purpose what it is for
 */
@Audited(action = "secret.sealed", target = "secret")
record SecretSealed(@Audited.Id SecretRef secret, String purpose) implements AuditedChange {
}
