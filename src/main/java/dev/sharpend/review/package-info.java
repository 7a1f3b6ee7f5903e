/**
 * Blameless reviews (post-mortems): the account, contributing factors, action items,
 * templates and exports.
 */
@ApplicationModule(allowedDependencies = { "catalog :: api", "identity :: api", "incident :: api", "language :: api",
		"provider :: api", "notify :: api", "search :: api", "statuspage :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.review;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
