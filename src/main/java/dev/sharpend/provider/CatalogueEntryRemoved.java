package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * The team removed its entry of the provider catalogue.
 *
 * @param name the entry's name
 */
@Audited(action = "provider.catalogue_removed", target = "catalogue_entry")
record CatalogueEntryRemoved(@Audited.Id String name) implements AuditedChange {
}
