/**
 * Public status pages: pages, status incidents and maintenances (notices), snapshots and
 * the public read path, metrics, uptime, feeds, embeds and the Statuspage-compatible API.
 * The components a page shows are the catalog's; a page reacts to their changes, and its
 * maintenances open and close the catalog's maintenance windows.
 */
@ApplicationModule(allowedDependencies = { "catalog :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.statuspage;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
