package dev.sharpend.provider;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * The team added or changed an entry of the provider catalogue.
 *
 * @param name the entry's name
 * @param summary what it says now
 */
@Audited(action = "provider.catalogue_saved", target = "catalogue_entry")
record CatalogueEntrySaved(@Audited.Id String name, String summary) implements AuditedChange {
}
