/**
 * Providers: the third parties our systems run on, and what their own status pages say.
 * The {@code upstream} sub-package reads each common status page format into one model;
 * the register of providers and the catalogue of well-known ones build on it. Our
 * components (of every status page) depending on a provider are read through the catalog
 * and status page APIs; a removed component's dependencies are dropped when the catalog
 * says so. {@link dev.sharpend.provider.ProviderPolling} reads each provider's status
 * feed at its interval (once per cluster), {@link dev.sharpend.provider.ProviderWatching}
 * answers what was read, and the {@code Upstream*} events tell other modules what
 * changed.
 * <p>
 * Nothing here depends on a provider being reachable: a page that cannot be read is
 * reported as unreadable, never as operational.
 */
@ApplicationModule(
		allowedDependencies = { "catalog :: api", "identity :: api", "statuspage :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.provider;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
