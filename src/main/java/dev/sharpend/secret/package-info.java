/**
 * Secrets sealed with the master key: stored encrypted, never in the clear, and re-sealed
 * on key rotation.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package dev.sharpend.secret;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
