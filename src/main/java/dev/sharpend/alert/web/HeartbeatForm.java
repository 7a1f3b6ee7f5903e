package dev.sharpend.alert.web;

import java.util.UUID;

import dev.sharpend.alert.HeartbeatDraft;
import dev.sharpend.system.RequestRejected;

/**
 * The new-heartbeat form; an empty watched integration means pings only.
 */
record HeartbeatForm(String name, String intervalMinutes, String graceMinutes, String watchIntegration,
		String watchAlertname) {

	static HeartbeatForm empty() {
		return new HeartbeatForm(null, "5", "1", "", "Watchdog");
	}

	HeartbeatDraft draft() {
		boolean watching = this.watchIntegration != null && !this.watchIntegration.isBlank();
		return new HeartbeatDraft(this.name, minutes(this.intervalMinutes, "intervalMinutes"),
				minutes(this.graceMinutes, "graceMinutes"), watching ? integration() : null,
				watching ? this.watchAlertname : null);
	}

	private UUID integration() {
		try {
			return UUID.fromString(this.watchIntegration.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("watchIntegrationId", "Choose an integration from the list.");
		}
	}

	private static Integer minutes(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid(field, "Give whole minutes.");
		}
	}

}
