/**
 * Full-text search over what other modules push to it ({@code SearchDocuments}), with
 * filters, highlighting and "more like this" look-ups; each node keeps its own index,
 * rebuilt and kept current from the stored documents.
 */
@ApplicationModule(allowedDependencies = { "system", "system :: web" })
@NullMarked
package dev.sharpend.search;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
