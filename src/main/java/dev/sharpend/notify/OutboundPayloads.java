package dev.sharpend.notify;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.incident.Incident;

/**
 * The JSON outbound webhooks receive: {@code event}, {@code occurred_at}, the subject
 * ({@code alert_group} or {@code incident}) as it is after the change, and for changes of
 * one field {@code change} with {@code field}, {@code from} and {@code to}.
 */
final class OutboundPayloads {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private OutboundPayloads() {
	}

	static String alertGroup(OutboundEvent event, AlertGroup g, String base, Instant now) {
		Map<String, Object> group = new LinkedHashMap<>();
		group.put("id", g.id());
		group.put("title", g.title());
		group.put("rule", g.rule());
		group.put("severity", g.severity());
		group.put("status", g.status().code());
		group.put("group_key", g.groupKey());
		group.put("integration_id", g.integration().toString());
		group.put("opened_at", time(g.openedAt()));
		group.put("acknowledged_at", time(g.acknowledgedAt()));
		group.put("acknowledged_by", g.acknowledgedBy());
		group.put("resolved_at", time(g.resolvedAt()));
		group.put("resolved_by", g.resolvedBy());
		group.put("firing", g.firing());
		group.put("total", g.total());
		group.put("incident", (g.incident() != null) ? incidentRef(g.incident(), g.incidentOpen(), base) : null);
		group.put("url", base + "/api/v1/alert-groups/" + g.id());
		return envelope(event, now, "alert_group", group, null);
	}

	/**
	 * The incident that handles (or last handled) a group, so a receiver can join group
	 * and incident events.
	 */
	private static Map<String, Object> incidentRef(long number, boolean open, String base) {
		Map<String, Object> incident = new LinkedHashMap<>();
		incident.put("id", number);
		incident.put("reference", "INC-" + number);
		incident.put("open", open);
		incident.put("url", base + "/response/incidents/" + number);
		return incident;
	}

	static String incident(OutboundEvent event, Incident i, Map<String, Object> change, String base, Instant now) {
		Map<String, Object> incident = new LinkedHashMap<>();
		incident.put("id", i.number());
		incident.put("reference", i.reference());
		incident.put("title", i.title());
		incident.put("severity", i.severity());
		incident.put("status", i.status().code());
		incident.put("declared_at", time(i.declaredAt()));
		incident.put("declared_by", i.declaredBy());
		incident.put("mitigated_at", time(i.mitigatedAt()));
		incident.put("resolved_at", time(i.resolvedAt()));
		incident.put("url", base + "/response/incidents/" + i.number());
		return envelope(event, now, "incident", incident, change);
	}

	static String envelope(OutboundEvent event, Instant now, String subjectName, Map<String, Object> subject,
			Map<String, Object> change) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("event", event.code());
		body.put("occurred_at", time(now));
		body.put(subjectName, subject);
		if (change != null) {
			body.put("change", change);
		}
		return JSON.writeValueAsString(body);
	}

	static Map<String, Object> change(String field, String from, String to) {
		Map<String, Object> change = new LinkedHashMap<>();
		change.put("field", field);
		change.put("from", from);
		change.put("to", to);
		return change;
	}

	static String time(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
