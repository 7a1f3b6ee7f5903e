package dev.sharpend.alert;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.modulith.NamedInterface;

/**
 * Reads an alert's {@code severity} label as one of four levels. Sources spell the same
 * urgency many ways (Alertmanager rules say {@code critical} or {@code warning},
 * PagerDuty {@code error}, Zabbix {@code disaster} or {@code average}); each known
 * spelling is a level from 1 (worst) to 4.
 */
@NamedInterface("api")
public final class AlertSeverity {

	private static final Map<String, Integer> LEVELS = Map.ofEntries(Map.entry("critical", 1), Map.entry("crit", 1),
			Map.entry("fatal", 1), Map.entry("emergency", 1), Map.entry("emerg", 1), Map.entry("disaster", 1),
			Map.entry("page", 1), Map.entry("p1", 1), Map.entry("sev1", 1), Map.entry("high", 2), Map.entry("error", 2),
			Map.entry("err", 2), Map.entry("major", 2), Map.entry("p2", 2), Map.entry("sev2", 2),
			Map.entry("warning", 3), Map.entry("warn", 3), Map.entry("medium", 3), Map.entry("minor", 3),
			Map.entry("average", 3), Map.entry("p3", 3), Map.entry("sev3", 3), Map.entry("info", 4),
			Map.entry("information", 4), Map.entry("informational", 4), Map.entry("low", 4), Map.entry("notice", 4),
			Map.entry("p4", 4), Map.entry("p5", 4), Map.entry("sev4", 4));

	/**
	 * An SQL expression over {@code alert.severity}: the label's level as one digit (5
	 * for a spelling not known here) followed by the label in lower case, or null without
	 * a label. The smallest is the worst, so {@code min} over a group's alerts gives its
	 * worst label, and the text sorts by level first.
	 */
	static final String SQL_MARK = "case when severity is null or trim(severity) = '' then null else (case "
			+ "replace(lower(trim(severity)), '-', '') "
			+ LEVELS.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey())
				.map((e) -> "when '" + e.getKey() + "' then '" + e.getValue() + "'")
				.collect(Collectors.joining(" "))
			+ " else '5' end) || lower(trim(severity)) end";

	private AlertSeverity() {
	}

	/** The level of one label, 1 (worst) to 4, or 0 when the spelling is unknown. */
	public static int level(String label) {
		return (label != null) ? LEVELS.getOrDefault(label.strip().toLowerCase(Locale.ROOT).replace("-", ""), 0) : 0;
	}

}
