package dev.sharpend.alert;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * Alerts grouped by a rule; what gets acknowledged and resolved.
 *
 * @param id the group's id
 * @param integration where its alerts come from
 * @param groupKey the grouping label values, such as {@code alertname=HighLatency}
 * @param title a one-line summary (its first alert's)
 * @param status triggered, acknowledged or resolved
 * @param openedAt when its first alert fired
 * @param updatedAt when it last changed
 * @param acknowledgedAt when it was acknowledged, or null
 * @param acknowledgedBy who acknowledged it
 * @param resolvedAt when it resolved, or null
 * @param resolvedBy who resolved it by hand, or null when it resolved by itself
 * @param firing how many of its alerts fire now
 * @param total how many alerts it has
 */
@NamedInterface("api")
public record AlertGroup(long id, UUID integration, String groupKey, String title, AlertGroupStatus status,
		Instant openedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
		String resolvedBy, int firing, int total) {
}
