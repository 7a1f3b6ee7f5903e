/**
 * Notifications: subscribers, webhooks, chat and e-mail sent through a persisted outbox
 * with retries.
 */
@ApplicationModule(allowedDependencies = { "alert :: api", "catalog :: api", "identity :: api", "incident :: api",
		"provider :: api", "secret :: api", "statuspage :: api", "system", "system :: web" })
@NullMarked
package dev.sharpend.notify;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
