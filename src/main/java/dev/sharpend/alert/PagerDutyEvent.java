package dev.sharpend.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One PagerDuty Events API v2 event, checked the way PagerDuty checks it: every problem
 * is collected into {@link Invalid#errors()} so the sender sees them all at once.
 *
 * @param routingKey the integration key
 * @param action trigger, acknowledge or resolve
 * @param dedupKey the alert's identity (generated for a trigger without one)
 * @param alert the alert a trigger carries; null for acknowledge and resolve
 */
public record PagerDutyEvent(String routingKey, String action, String dedupKey, IncomingAlert alert) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Set<String> ACTIONS = Set.of("trigger", "acknowledge", "resolve");

	private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

	/**
	 * ISO 8601 with or without a colon in the offset ({@code +0000} is what PagerDuty's
	 * own examples use).
	 */
	static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffset("+HH:MM", "Z")
		.optionalEnd()
		.optionalStart()
		.appendOffset("+HHMM", "Z")
		.optionalEnd()
		.parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
		.toFormatter();

	public static PagerDutyEvent parse(byte[] body, Instant now) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Invalid("Unrecognized object", "Event object format is unrecognized",
					List.of("JSON parse error"));
		}
		if (root == null || !root.isObject()) {
			throw new Invalid("Unrecognized object", "Event object format is unrecognized",
					List.of("JSON parse error"));
		}
		List<String> errors = new ArrayList<>();
		String routingKey = text(root, "routing_key");
		// The key is the integration's secret, kept elsewhere only as a hash: the alert's
		// stored raw payload (and so every backup) must not carry it.
		((ObjectNode) root).remove("routing_key");
		if (routingKey.isBlank()) {
			errors.add("'routing_key' is missing or blank");
		}
		String action = text(root, "event_action");
		if (action.isBlank()) {
			errors.add("'event_action' is missing or blank");
		}
		else if (!ACTIONS.contains(action)) {
			errors.add("'event_action' must be one of trigger, acknowledge, resolve");
		}
		String dedupKey = text(root, "dedup_key");
		// A dedup key is the alert's fingerprint, which Sharpend keeps whole or not at
		// all;
		// PagerDuty's limit and the column's are both 255.
		if (dedupKey.length() > IntakeLimits.FINGERPRINT) {
			errors.add("'dedup_key' is too long (maximum is " + IntakeLimits.FINGERPRINT + " characters)");
		}
		if (!"trigger".equals(action) && dedupKey.isBlank() && ACTIONS.contains(action)) {
			errors.add("'dedup_key' is required for " + action + " events");
		}
		IncomingAlert alert = null;
		if ("trigger".equals(action)) {
			if (dedupKey.isBlank()) {
				dedupKey = UUID.randomUUID().toString();
			}
			alert = trigger(root, dedupKey, now, errors);
		}
		if (!errors.isEmpty()) {
			throw new Invalid("invalid event", "Event object is invalid", errors);
		}
		return new PagerDutyEvent(routingKey, action, dedupKey, alert);
	}

	private static IncomingAlert trigger(JsonNode root, String dedupKey, Instant now, List<String> errors) {
		JsonNode payload = root.get("payload");
		if (payload == null || !payload.isObject()) {
			errors.add("'payload' is missing or not an object");
			return null;
		}
		String summary = text(payload, "summary");
		if (summary.isBlank()) {
			errors.add("'payload.summary' is missing or blank");
		}
		else if (summary.length() > 1024) {
			errors.add("'summary' is too long (maximum is 1024 characters)");
		}
		String source = text(payload, "source");
		if (source.isBlank()) {
			errors.add("'payload.source' is missing or blank");
		}
		String severity = text(payload, "severity");
		if (!SEVERITIES.contains(severity)) {
			errors.add("'payload.severity' must be one of critical, error, warning, info");
		}
		Instant timestamp = now;
		String time = text(payload, "timestamp");
		if (!time.isBlank()) {
			try {
				timestamp = OffsetDateTime.parse(time, TIMESTAMP).toInstant();
			}
			catch (DateTimeParseException ex) {
				errors.add("'payload.timestamp' is not an ISO 8601 time");
			}
		}
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("alertname", summaryName(payload, summary));
		labels.put("source", source);
		labels.put("severity", severity);
		for (String field : List.of("component", "group", "class")) {
			if (!text(payload, field).isBlank()) {
				labels.put(field, text(payload, field));
			}
		}
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put("summary", summary);
		if (payload.has("custom_details")) {
			annotations.put("custom_details", payload.get("custom_details").toString());
		}
		String clientUrl = text(root, "client_url");
		return new IncomingAlert(dedupKey, AlertStatus.FIRING, labels, annotations, timestamp, null,
				clientUrl.isBlank() ? null : IncomingAlert.truncate(clientUrl, 2000),
				IncomingAlert.truncate(root.toString(), IncomingAlert.MAX_RAW));
	}

	/**
	 * An alert rule for PagerDuty events: the class or component when given, else the
	 * summary.
	 */
	private static String summaryName(JsonNode payload, String summary) {
		String cls = text(payload, "class");
		if (!cls.isBlank()) {
			return cls;
		}
		String component = text(payload, "component");
		return component.isBlank() ? IncomingAlert.truncate(summary, 200) : component;
	}

	/**
	 * The event field an alert field comes from, such as {@code payload.source} for
	 * {@code labels.source}.
	 */
	String field(String alertField) {
		return switch (alertField) {
			case "fingerprint" -> "dedup_key";
			case "labels.alertname" -> this.alert.labels().containsKey("class") ? "payload.class"
					: this.alert.labels().containsKey("component") ? "payload.component" : "payload.summary";
			case "annotations.summary" -> "payload.summary";
			default -> "payload." + alertField.substring(alertField.indexOf('.') + 1);
		};
	}

	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isValueNode() && !value.isNull()) ? value.asString("").strip() : "";
	}

	/** An event PagerDuty would refuse, with its status, message and errors. */
	public static final class Invalid extends RuntimeException {

		private final String status;

		private final List<String> errors;

		Invalid(String status, String message, List<String> errors) {
			super(message);
			this.status = status;
			this.errors = List.copyOf(errors);
		}

		public String status() {
			return this.status;
		}

		public List<String> errors() {
			return this.errors;
		}

	}

}
