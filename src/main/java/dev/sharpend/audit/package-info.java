/**
 * The audit log: an append-only record of every change a person or token made, written in
 * the same transaction as the change.
 */
@ApplicationModule(allowedDependencies = { "system" })
@NullMarked
package dev.sharpend.audit;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
