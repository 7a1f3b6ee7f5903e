/**
 * The blameless language review: findings on wording that blames, judges with hindsight
 * or assumes a single cause.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package dev.sharpend.language;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
