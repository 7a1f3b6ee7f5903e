package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * The mappings of a provider's components to ours were replaced.
 *
 * @param provider its id
 * @param name its name
 * @param mappings how many mappings it has now
 */
@Audited(action = "provider.mappings_changed", target = "provider")
record ProviderMappingsChanged(@Audited.Id String provider, String name, int mappings) implements AuditedChange {
}
