package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A provider was removed from the register.
 *
 * @param provider its id
 * @param name its name
 */
@Audited(action = "provider.removed", target = "provider")
record ProviderRemoved(@Audited.Id String provider, String name) implements AuditedChange {
}
