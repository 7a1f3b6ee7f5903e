package dev.sharpend.incident;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code severity} labels of alerts as an incident severity. Sources spell the
 * same urgency many ways (Alertmanager rules say {@code critical} or {@code warning},
 * PagerDuty {@code error}, Zabbix {@code disaster} or {@code average}); each spelling is
 * one of four levels, taken as a position in the team's severity list, worst first.
 */
final class AlertSeverities {

	private static final Map<String, Integer> LEVELS = Map.ofEntries(Map.entry("critical", 1), Map.entry("crit", 1),
			Map.entry("fatal", 1), Map.entry("emergency", 1), Map.entry("emerg", 1), Map.entry("disaster", 1),
			Map.entry("page", 1), Map.entry("p1", 1), Map.entry("sev1", 1), Map.entry("high", 2), Map.entry("error", 2),
			Map.entry("err", 2), Map.entry("major", 2), Map.entry("p2", 2), Map.entry("sev2", 2),
			Map.entry("warning", 3), Map.entry("warn", 3), Map.entry("medium", 3), Map.entry("minor", 3),
			Map.entry("average", 3), Map.entry("p3", 3), Map.entry("sev3", 3), Map.entry("info", 4),
			Map.entry("information", 4), Map.entry("informational", 4), Map.entry("low", 4), Map.entry("notice", 4),
			Map.entry("p4", 4), Map.entry("p5", 4), Map.entry("sev4", 4));

	private AlertSeverities() {
	}

	/** The level of one label, 1 (worst) to 4, or 0 when the spelling is unknown. */
	static int level(String label) {
		return (label != null) ? LEVELS.getOrDefault(label.strip().toLowerCase(Locale.ROOT).replace("-", ""), 0) : 0;
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
