package dev.sharpend.incident;

import java.util.List;

import dev.sharpend.alert.AlertSeverity;

/**
 * Reads the {@code severity} labels of alerts as an incident severity. Sources spell the
 * same urgency many ways (Alertmanager rules say {@code critical} or {@code warning},
 * PagerDuty {@code error}, Zabbix {@code disaster} or {@code average}); each spelling is
 * one of four levels, taken as a position in the team's severity list, worst first.
 */
final class AlertSeverities {

	private AlertSeverities() {
	}

	/** The level of one label, 1 (worst) to 4, or 0 when the spelling is unknown. */
	static int level(String label) {
		return AlertSeverity.level(label);
	}

	/**
	 * The severity for the worst of the labels that map, or null when none does. With
	 * fewer than four severities, lower levels share the least severe one.
	 */
	static Severity of(List<String> labels, List<Severity> severities) {
		int worst = labels.stream().mapToInt(AlertSeverities::level).filter((l) -> l > 0).min().orElse(0);
		if (worst == 0 || severities.isEmpty()) {
			return null;
		}
		return severities.get(Math.min(worst, severities.size()) - 1);
	}

}
