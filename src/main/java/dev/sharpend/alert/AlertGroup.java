package dev.sharpend.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

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
 * @param severity the worst {@code severity} label of its firing alerts (of all its
 * alerts when none fires), in lower case, or null when they have none
 */
@NamedInterface("api")
public record AlertGroup(long id, UUID integration, String groupKey, String title, AlertGroupStatus status,
		Instant openedAt, Instant updatedAt, Instant acknowledgedAt, String acknowledgedBy, Instant resolvedAt,
		String resolvedBy, int firing, int total, Instant startedAt, Long incident, boolean incidentOpen,
		String severity) {

	// a label name, then '=': where the next label of a group key starts
	private static final Pattern NEXT_LABEL = Pattern.compile(",(?=[a-zA-Z_][a-zA-Z0-9_]*=)");

	/** When the group's trouble began: its earliest alert's start, or its opening. */
	public Instant since() {
		return (this.startedAt != null && this.startedAt.isBefore(this.openedAt)) ? this.startedAt : this.openedAt;
	}

	/**
	 * The group's alert rule in words, from its grouping labels: {@code HighLatency} or
	 * {@code HighLatency (job=api)}, the same for every alert in it (unlike
	 * {@link #title()}, its first alert's summary, which often names one instance). The
	 * title when the grouping labels have no values.
	 */
	public String rule() {
		return ruleOf(this.groupKey, this.title);
	}

	/** The rule of a group with this key and title, as {@link #rule()} gives it. */
	static String ruleOf(String groupKey, String title) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String pair : NEXT_LABEL.split(groupKey)) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				labels.put(pair.substring(0, eq), pair.substring(eq + 1));
			}
		}
		String rule = rule(List.copyOf(labels.keySet()), labels);
		return rule.isEmpty() ? title : rule;
	}

	/**
	 * The values of these labels in words, {@code alertname} first and bare, the others
	 * as {@code name=value}: {@code HighLatency (job=api)}; empty when none has a value.
	 */
	static String rule(List<String> names, Map<String, String> labels) {
		String alertname = names.contains("alertname") ? labels.getOrDefault("alertname", "").strip() : "";
		List<String> rest = names.stream()
			.filter((n) -> !"alertname".equals(n) && !labels.getOrDefault(n, "").isBlank())
			.map((n) -> n + "=" + labels.get(n).strip())
			.toList();
		if (alertname.isEmpty()) {
			return String.join(", ", rest);
		}
		return rest.isEmpty() ? alertname : alertname + " (" + String.join(", ", rest) + ")";
	}

	/**
	 * The level of its severity, 1 (worst) to 4, or 0 when it has none or one of unknown
	 * spelling.
	 */
	public int severityLevel() {
		return AlertSeverity.level(this.severity);
	}

	/** Whether an incident that is still open handles the group. */
	public boolean handled() {
		return this.incident != null && this.incidentOpen;
	}

}
