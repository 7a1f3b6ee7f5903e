package dev.sharpend.statuspage.compat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentSettings;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.statuspage.ImpactOverride;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.web.Codes;
import dev.sharpend.system.RequestRejected;

/**
 * Reads the hosted product's manage API bodies ({@code {"component": {…}}},
 * {@code {"incident": {…}}}, snake_case fields) into Sharpend's model.
 */
final class CompatRequests {

	private CompatRequests() {
	}

	static JsonNode unwrap(JsonNode body, String root) {
		JsonNode inner = (body != null) ? body.get(root) : null;
		if (inner == null || !inner.isObject()) {
			throw RequestRejected.invalid(root, "Wrap the fields in {\"" + root + "\": {…}}.");
		}
		return inner;
	}

	static ComponentSettings component(JsonNode c) {
		String group = text(c, "group_id");
		boolean ungroup = c.has("group_id") && (group == null || group.isEmpty());
		return new ComponentSettings(text(c, "name"), text(c, "description"),
				(group != null && !ungroup) ? Codes.component(group, "group_id") : null, ungroup && c.has("group_id"),
				bool(c, "group"), integer(c, "position"), bool(c, "showcase"), bool(c, "only_show_if_degraded"),
				date(c, "start_date"), Codes.componentStatus(text(c, "status"), "status"));
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value == null || value.isNull()) ? null : scalar(value, field);
	}

	/**
	 * A scalar's text; arrays and objects are refused, as the hosted product refuses
	 * them, instead of failing on the conversion.
	 */
	private static String scalar(JsonNode value, String field) {
		if (value.isContainer()) {
			throw RequestRejected.invalid(field,
					field + " must be a single value, not " + (value.isArray() ? "an array" : "an object") + ".");
		}
		return value.asString();
	}

	private static Integer integer(JsonNode node, String field) {
		JsonNode number = node.get(field);
		if (number != null && number.isNumber()) {
			return number.asInt();
		}
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid(field, field + " must be a whole number.");
		}
	}

	/**
	 * The impact override change of an incident edit: an explicit null (as the hosted
	 * product's scripts send to clear it) or {@code derived} drops the override; absent
	 * keeps it.
	 */
	static ImpactOverride impactOverride(JsonNode incident) {
		JsonNode value = incident.get("impact_override");
		if (value != null && value.isNull()) {
			return ImpactOverride.DERIVED;
		}
		return Codes.impactOverride(text(incident, "impact_override"), "impact_override");
	}

	static Boolean bool(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		if (value.isBoolean()) {
			return value.asBoolean();
		}
		// Form-style clients send "true" and "false" as strings.
		return Boolean.parseBoolean(scalar(value, field));
	}

	static Instant time(JsonNode node, String field) {
		String value = text(node, field);
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field,
					"Give " + field + " as an ISO-8601 time such as 2024-05-01T12:00:00Z.");
		}
	}

	private static LocalDate date(JsonNode node, String field) {
		String value = text(node, field);
		try {
			return (value != null && !value.isBlank()) ? LocalDate.parse(value) : null;
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field, "Give " + field + " as a date such as 2024-05-01.");
		}
	}

	static Map<ComponentId, ComponentStatus> componentStatuses(JsonNode incident) {
		JsonNode components = incident.get("components");
		Map<String, String> raw = new LinkedHashMap<>();
		if (components != null && components.isObject()) {
			components.properties().forEach((e) -> {
				String status = e.getValue().isNull() ? null : scalar(e.getValue(), "components");
				if (status == null || status.isBlank()) {
					throw RequestRejected.invalid("components",
							"components." + e.getKey() + " needs a status, such as \"operational\".");
				}
				raw.put(e.getKey(), status);
			});
		}
		return Codes.componentStatuses(raw, "components");
	}

	static List<ComponentId> componentIds(JsonNode incident, Map<ComponentId, ComponentStatus> withStatus) {
		List<String> ids = new ArrayList<>();
		JsonNode list = incident.get("component_ids");
		if (list != null && list.isArray()) {
			list.forEach((id) -> ids.add(scalar(id, "component_ids")));
		}
		return Codes.componentIds(ids, "component_ids").stream().filter((id) -> !withStatus.containsKey(id)).toList();
	}

	/** Whether the body sets any of the maintenance schedule's fields. */
	static boolean setsSchedule(JsonNode incident) {
		return List
			.of("scheduled_for", "scheduled_until", "scheduled_auto_in_progress", "scheduled_auto_completed",
					"auto_transition_to_maintenance_state", "auto_transition_to_operational_state")
			.stream()
			.anyMatch(incident::has);
	}

	/**
	 * The schedule a body asks for, on top of the current one. Sharpend moves components
	 * to maintenance and back as one choice, so either transition flag turns it on.
	 */
	static Schedule schedule(JsonNode i, Schedule current) {
		Instant from = (time(i, "scheduled_for") != null) ? time(i, "scheduled_for")
				: (current != null) ? current.scheduledFor() : null;
		Instant until = (time(i, "scheduled_until") != null) ? time(i, "scheduled_until")
				: (current != null) ? current.scheduledUntil() : null;
		if (from == null || until == null) {
			throw RequestRejected.invalid((from == null) ? "scheduled_for" : "scheduled_until",
					"A scheduled maintenance needs scheduled_for and scheduled_until.");
		}
		boolean inProgress = flag(i, "scheduled_auto_in_progress", current != null && current.autoInProgress());
		boolean completed = flag(i, "scheduled_auto_completed", current != null && current.autoCompleted());
		boolean components = (i.has("auto_transition_to_maintenance_state")
				|| i.has("auto_transition_to_operational_state"))
						? flag(i, "auto_transition_to_maintenance_state", false)
								|| flag(i, "auto_transition_to_operational_state", false)
						: current != null && current.autoComponents();
		return new Schedule(from, until, inProgress, completed, components);
	}

	private static boolean flag(JsonNode node, String field, boolean otherwise) {
		Boolean value = bool(node, field);
		return (value != null) ? value : otherwise;
	}

	/**
	 * The hosted product's default update text for a status, used when a body is left
	 * out.
	 */
	static String defaultBody(NoticeStatus status) {
		return switch (status) {
			case INVESTIGATING -> "We are currently investigating this issue.";
			case IDENTIFIED -> "The issue has been identified and a fix is being implemented.";
			case MONITORING -> "A fix has been implemented and we are monitoring the results.";
			case RESOLVED, POSTMORTEM -> "This incident has been resolved.";
			case SCHEDULED -> "The scheduled maintenance has been planned.";
			case IN_PROGRESS -> "Scheduled maintenance is currently in progress. We will provide updates as necessary.";
			case VERIFYING -> "Verification is currently underway for the maintenance items.";
			case COMPLETED -> "The scheduled maintenance has been completed.";
		};
	}

}
