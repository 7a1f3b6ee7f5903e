package dev.sharpend.catalog;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A span of time a component spent in one status.
 *
 * @param component the component
 * @param status its status
 * @param startedAt start
 * @param endedAt end, or null while it lasts
 */
@NamedInterface("api")
public record StatusPeriod(ComponentId component, ComponentStatus status, Instant startedAt, Instant endedAt) {
}
