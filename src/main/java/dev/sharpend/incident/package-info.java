/**
 * Incident response: declaring, running and resolving incidents, their timeline, roles,
 * hypotheses and public updates.
 */
@ApplicationModule(allowedDependencies = { "alert :: api", "catalog :: api", "identity :: api", "search :: api",
		"provider :: api", "statuspage :: api", "system" })
@NullMarked
package dev.sharpend.incident;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
