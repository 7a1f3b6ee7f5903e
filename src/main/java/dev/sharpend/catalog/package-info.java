/**
 * The catalog: components, component groups and the maintenance windows that cover them,
 * which status pages, alert intake, incidents and notifications all name. Each component
 * is filed under the status page that shows it ({@link dev.sharpend.catalog.PageId}).
 * <p>
 * Its tables keep the names they were created with ({@code sp_component},
 * {@code sp_component_status}), since renaming tables of running installations is an
 * upgrade risk; {@code ct_maintenance_window} is the catalog's own from the start. The
 * catalog reads no other module's tables.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package dev.sharpend.catalog;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
