package dev.sharpend.incident.web;

import java.time.Duration;
import java.time.Instant;

import dev.sharpend.incident.Incident;

/**
 * How long an incident has been running, as a responder glances at it: "open 38 min"
 * while it runs, "resolved after 2 h 10 min" once it is over.
 */
final class Elapsed {

	private Elapsed() {
	}

	static String of(Incident incident, Instant now) {
		if (incident.status().open() || incident.resolvedAt() == null) {
			return "open " + span(Duration.between(incident.declaredAt(), now));
		}
		return "resolved after " + span(Duration.between(incident.declaredAt(), incident.resolvedAt()));
	}

	/** Minutes under an hour, hours and minutes under two days, then days and hours. */
	static String span(Duration duration) {
		long minutes = Math.max(0, duration.toMinutes());
		if (minutes < 1) {
			return "under a minute";
		}
		if (minutes < 60) {
			return minutes + " min";
		}
		if (minutes < 48 * 60) {
			return (minutes / 60) + " h" + ((minutes % 60 == 0) ? "" : " " + (minutes % 60) + " min");
		}
		long hours = minutes / 60;
		return (hours / 24) + " d" + ((hours % 24 == 0) ? "" : " " + (hours % 24) + " h");
	}

}
