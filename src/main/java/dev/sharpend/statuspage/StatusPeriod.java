package dev.sharpend.statuspage;

import java.time.Instant;

/**
 * A span of time a component spent in one status.
 *
 * @param component the component
 * @param status its status
 * @param startedAt start
 * @param endedAt end, or null while it lasts
 */
record StatusPeriod(ComponentId component, ComponentStatus status, Instant startedAt, Instant endedAt) {
}
