package dev.sharpend.search;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * Published once, by one node, when the stored documents must be pushed again in full:
 * after an upgrade from a version that kept no copy of them. Each module that pushes
 * documents reacts by pushing all of its own.
 *
 * @param requestedAt when the node took the request
 */
@NamedInterface("api")
public record SearchRebuildRequested(Instant requestedAt) {
}
