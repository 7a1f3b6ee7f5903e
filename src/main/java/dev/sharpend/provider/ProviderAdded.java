package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A provider was added to the register.
 *
 * @param provider its id
 * @param summary what it is now
 */
@Audited(action = "provider.added", target = "provider")
record ProviderAdded(@Audited.Id String provider, String summary) implements AuditedChange {
}
