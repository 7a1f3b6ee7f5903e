package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A provider's entry in the register was changed.
 *
 * @param provider its id
 * @param summary what it is now
 */
@Audited(action = "provider.changed", target = "provider")
record ProviderChanged(@Audited.Id String provider, String summary) implements AuditedChange {
}
