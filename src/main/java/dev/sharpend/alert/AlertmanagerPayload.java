package dev.sharpend.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.RequestRejected;

/**
 * Reads Alertmanager's webhook payload (version 4) into incoming alerts, checking every
 * field it relies on and naming the first bad one. Tolerates older senders that omit the
 * per-alert status and fingerprint.
 */
public final class AlertmanagerPayload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Alertmanager's "no end time" value. */
	private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

	private AlertmanagerPayload() {
	}

	/** Reads Alertmanager's payload (version "4"). */
	public static List<IncomingAlert> parse(byte[] body) {
		return parse(body, "4", "Alertmanager webhook payload");
	}

	/**
	 * Reads Grafana alerting's webhook payload (version "1", Alertmanager's shape with
	 * more fields).
	 */
	public static List<IncomingAlert> parseGrafana(byte[] body) {
		return parse(body, "1", "Grafana alerting webhook payload");
	}

	private static List<IncomingAlert> parse(byte[] body, String version, String format) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw RequestRejected.invalid(null, "The body is not valid JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !root.isObject()) {
			throw RequestRejected.invalid(null, "Expected a JSON object: the " + format + ".");
		}
		if (root.has("version") && !version.equals(root.get("version").asString(""))) {
			throw RequestRejected.invalid("version",
					"Only " + format + " version \"" + version + "\" is supported; got " + root.get("version") + ".");
		}
		AlertStatus groupStatus = root.has("status") ? status(root.get("status"), "status") : null;
		JsonNode alerts = root.get("alerts");
		if (alerts == null || !alerts.isArray()) {
			throw RequestRejected.invalid("alerts", "\"alerts\" must be an array of alerts.");
		}
		List<IncomingAlert> parsed = new ArrayList<>();
		for (int i = 0; i < alerts.size(); i++) {
			parsed.add(alert(alerts.get(i), "alerts[" + i + "]", groupStatus));
		}
		return parsed;
	}

	private static IncomingAlert alert(JsonNode node, String path, AlertStatus groupStatus) {
		if (!node.isObject()) {
			throw RequestRejected.invalid(path, path + " must be an object.");
		}
		Map<String, String> labels = strings(node.get("labels"), path + ".labels", true);
		Map<String, String> annotations = strings(node.get("annotations"), path + ".annotations", false);
		AlertStatus status = node.has("status") ? status(node.get("status"), path + ".status") : groupStatus;
		if (status == null) {
			throw RequestRejected.invalid(path + ".status", path + " has no status (firing or resolved).");
		}
		Instant startsAt = time(node.get("startsAt"), path + ".startsAt", true);
		Instant endsAt = time(node.get("endsAt"), path + ".endsAt", false);
		String fingerprint = node.has("fingerprint") ? node.get("fingerprint").asString("") : null;
		if (fingerprint != null && fingerprint.length() > 128) {
			throw RequestRejected.invalid(path + ".fingerprint", "A fingerprint has at most 128 characters.");
		}
		String url = node.has("generatorURL") ? IncomingAlert.truncate(node.get("generatorURL").asString(""), 2000)
				: null;
		return new IncomingAlert(fingerprint, status, labels, annotations, startsAt,
				(status == AlertStatus.RESOLVED) ? endsAt : null, url,
				IncomingAlert.truncate(node.toString(), IncomingAlert.MAX_RAW));
	}

	private static AlertStatus status(JsonNode node, String field) {
		String value = node.asString("");
		return AlertStatus.fromCode(value)
			.orElseThrow(() -> RequestRejected.invalid(field,
					field + " must be \"firing\" or \"resolved\", not " + node + "."));
	}

	private static Map<String, String> strings(JsonNode node, String field, boolean required) {
		Map<String, String> values = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			if (required) {
				throw RequestRejected.invalid(field, field + " is missing; every alert needs its labels.");
			}
			return values;
		}
		if (!node.isObject()) {
			throw RequestRejected.invalid(field, field + " must be an object of strings.");
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getValue().isString()) {
				throw RequestRejected.invalid(field, field + "." + entry.getKey() + " must be a string.");
			}
			values.put(entry.getKey(), entry.getValue().asString());
		}
		if (required && values.isEmpty()) {
			throw RequestRejected.invalid(field, field + " is empty; every alert needs at least one label.");
		}
		return values;
	}

	private static Instant time(JsonNode node, String field, boolean required) {
		if (node == null || node.isNull() || node.asString("").isEmpty()) {
			if (required) {
				throw RequestRejected.invalid(field, field + " is missing (an RFC 3339 time).");
			}
			return null;
		}
		try {
			Instant time = OffsetDateTime.parse(node.asString()).toInstant();
			return time.equals(ZERO_TIME) ? null : time;
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field, field + " is not an RFC 3339 time: " + node + ".");
		}
	}

}
