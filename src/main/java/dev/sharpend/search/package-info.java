/**
 * Full-text search over incidents and reviews, and the similar-incident and lessons
 * look-ups built on it.
 */
@ApplicationModule(allowedDependencies = { "system", "system :: web" })
@NullMarked
package dev.sharpend.search;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
