/**
 * The responder's start page: what needs attention now, read from the modules that own it
 * (incidents, alert groups, status pages and maintenances, reviews) through their APIs.
 * It owns no data and no tables.
 */
@ApplicationModule(allowedDependencies = { "alert :: api", "catalog :: api", "identity :: api", "incident :: api",
		"oncall :: api", "provider :: api", "review :: api", "statuspage :: api", "system" })
@NullMarked
package dev.sharpend.home;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
