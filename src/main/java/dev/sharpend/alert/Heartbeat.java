package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Expects a signal at least every {@code interval} (plus {@code grace}): a ping to its
 * URL, or a watched alert (such as Alertmanager's always-firing {@code Watchdog})
 * arriving through another integration. When none comes in time it goes silent, and an
 * alert group of its own opens through its own integration, which shares its id.
 *
 * @param id its id, which is also its own integration's
 * @param name what the team calls it
 * @param keyHint the first characters of its ping key
 * @param interval the longest expected gap between signals
 * @param grace how much later than that a signal may still come
 * @param watch the alert it watches for, or null when only pings count
 * @param lastSignalAt when the last signal came, or null before the first
 * @param silentSince when it went silent, or null while it is not
 * @param createdAt when it was created
 */
public record Heartbeat(UUID id, String name, String keyHint, Duration interval, Duration grace, Watch watch,
		Instant lastSignalAt, Instant silentSince, Instant createdAt) {

	/** When it goes silent unless a signal comes first. */
	public Instant dueAt() {
		return ((this.lastSignalAt != null) ? this.lastSignalAt : this.createdAt).plus(this.interval).plus(this.grace);
	}

	public HeartbeatState state() {
		if (this.silentSince != null) {
			return HeartbeatState.SILENT;
		}
		return (this.lastSignalAt != null) ? HeartbeatState.HEALTHY : HeartbeatState.WAITING;
	}

	/**
	 * An alert that counts as a signal whenever a delivery to the integration carries it
	 * firing.
	 *
	 * @param integration the Alertmanager or Grafana integration it arrives through
	 * @param alertname its {@code alertname} label
	 */
	public record Watch(UUID integration, String alertname) {
	}

}
