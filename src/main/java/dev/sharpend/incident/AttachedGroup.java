package dev.sharpend.incident;

import java.time.Instant;

/**
 * An alert group attached to an incident.
 *
 * @param group the alert group's id
 * @param attachedAt when
 * @param attachedBy by whom
 */
public record AttachedGroup(long group, Instant attachedAt, String attachedBy) {
}
