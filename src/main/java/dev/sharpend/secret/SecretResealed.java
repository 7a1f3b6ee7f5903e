package dev.sharpend.secret;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A secret was replaced by a new value. Carries only its reference and purpose, never the
 * value.
 *
 * @param secret the secret
 * @param purpose what it is for
 */
@Audited(action = "secret.resealed", target = "secret")
record SecretResealed(@Audited.Id SecretRef secret, String purpose) implements AuditedChange {
}
