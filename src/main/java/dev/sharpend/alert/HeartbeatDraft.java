package dev.sharpend.alert;

import java.util.UUID;

/**
 * What a heartbeat is created or changed with; null parts take their defaults.
 *
 * @param name what the team calls it
 * @param intervalMinutes the longest expected gap between signals, 1 to 1440
 * @param graceMinutes how much later a signal may still come, 0 to 1440 (default 1)
 * @param watchIntegration an Alertmanager or Grafana integration whose alert counts as a
 * signal, or null for pings only
 * @param watchAlertname that alert's name (default {@code Watchdog})
 */
public record HeartbeatDraft(String name, Integer intervalMinutes, Integer graceMinutes, UUID watchIntegration,
		String watchAlertname) {

	/** A heartbeat fed by pings only. */
	public static HeartbeatDraft pinged(String name, int intervalMinutes) {
		return new HeartbeatDraft(name, intervalMinutes, null, null, null);
	}

	/** A heartbeat fed by an always-firing alert through an integration. */
	public static HeartbeatDraft watching(String name, int intervalMinutes, UUID integration, String alertname) {
		return new HeartbeatDraft(name, intervalMinutes, null, integration, alertname);
	}

}
