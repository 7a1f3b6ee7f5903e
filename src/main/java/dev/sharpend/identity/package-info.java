/**
 * Accounts, roles, API tokens, single sign-on and the security configuration that guards
 * every route.
 */
@ApplicationModule(allowedDependencies = { "secret :: api", "system" })
@NullMarked
package dev.sharpend.identity;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
