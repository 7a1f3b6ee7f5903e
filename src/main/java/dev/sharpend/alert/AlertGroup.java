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
 * @param startedAt when the earliest of its alerts began at its source
 * ({@code startsAt}), or null without alerts; earlier than {@code openedAt} when alerts
 * arrive late
 * @param incident the number of the incident that last took the group on, or null
 * @param incidentOpen whether that incident is still being responded to
 */
@NamedInterface("api")
public record AlertGroup(long id, UUID integration, String groupKey, String title, AlertGroupStatus status,
		Instant openedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
		String resolvedBy, int firing, int total, Instant startedAt, Long incident, boolean incidentOpen) {

	/** When the group's trouble began: its earliest alert's start, or its opening. */
	public Instant since() {
		return (this.startedAt != null && this.startedAt.isBefore(this.openedAt)) ? this.startedAt : this.openedAt;
	}

	/** Whether an incident that is still open handles the group. */
	public boolean handled() {
		return this.incident != null && this.incidentOpen;
	}

}
