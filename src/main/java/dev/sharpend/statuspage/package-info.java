/**
 * Public status pages: components, status incidents and maintenance (notices), snapshots,
 * metrics, uptime, feeds and the Statuspage-compatible API.
 */
@ApplicationModule(allowedDependencies = { "system", "system :: web" })
@NullMarked
package dev.sharpend.statuspage;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
