package dev.sharpend.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * Reads Alertmanager's webhook payload (version 4) into incoming alerts, checking every
 * field it relies on and naming the first bad one. Tolerates older senders that omit the
 * per-alert status and fingerprint.
 */
public final class AlertmanagerPayload {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Alertmanager's "no end time" value. */
	private static final Instant ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

	// Intake's busiest code: a streaming read straight into the alerts (no tree), and
	// each
	// alert's raw text sliced from the body instead of written out again.
	private final JsonParser parser;

	private final byte[] body;

	private final String version;

	private final String format;

	private AlertmanagerPayload(JsonParser parser, byte[] body, String version, String format) {
		this.parser = parser;
		this.body = body;
		this.version = version;
		this.format = format;
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

	private static List<IncomingAlert> parse(byte[] delivered, String version, String format) {
		byte[] body = JsonEncoding.toUtf8(delivered);
		try (JsonParser parser = JSON.createParser(body)) {
			return new AlertmanagerPayload(parser, body, version, format).root();
		}
		catch (JacksonException ex) {
			throw RequestRejected.invalid(null, "The body is not valid JSON: " + ex.getOriginalMessage());
		}
	}

	private List<IncomingAlert> root() {
		if (this.parser.nextToken() != JsonToken.START_OBJECT) {
			throw RequestRejected.invalid(null, "Expected a JSON object: the " + this.format + ".");
		}
		AlertStatus groupStatus = null;
		List<AlertFields> alerts = null;
		for (String name = this.parser.nextName(); name != null; name = this.parser.nextName()) {
			JsonToken value = this.parser.nextToken();
			switch (name) {
				case "version" -> version(value);
				case "status" -> groupStatus = status(value, "status");
				case "alerts" -> alerts = alerts(value);
				default -> this.parser.skipChildren();
			}
		}
		if (alerts == null) {
			throw RequestRejected.invalid("alerts", "\"alerts\" must be an array of alerts.");
		}
		List<IncomingAlert> parsed = new ArrayList<>(alerts.size());
		for (int i = 0; i < alerts.size(); i++) {
			parsed.add(alerts.get(i).toAlert(groupStatus, i));
		}
		return parsed;
	}

	private void version(JsonToken value) {
		String text = scalar(value);
		if (!this.version.equals(text)) {
			throw RequestRejected.invalid("version", "Only " + this.format + " version \"" + this.version
					+ "\" is supported; got " + shown(value, text) + ".");
		}
	}

	private List<AlertFields> alerts(JsonToken value) {
		if (value != JsonToken.START_ARRAY) {
			throw RequestRejected.invalid("alerts", "\"alerts\" must be an array of alerts.");
		}
		List<AlertFields> alerts = new ArrayList<>();
		for (JsonToken token = this.parser.nextToken(); token != JsonToken.END_ARRAY; token = this.parser.nextToken()) {
			alerts.add(alert(token, alerts.size()));
		}
		return alerts;
	}

	private AlertFields alert(JsonToken token, int index) {
		if (token != JsonToken.START_OBJECT) {
			throw RequestRejected.invalid(path(index), path(index) + " must be an object.");
		}
		int start = (int) this.parser.currentTokenLocation().getByteOffset();
		AlertFields alert = new AlertFields();
		for (String name = this.parser.nextName(); name != null; name = this.parser.nextName()) {
			JsonToken value = this.parser.nextToken();
			switch (name) {
				case "labels" -> alert.labels = strings(value, index, "labels");
				case "annotations" -> alert.annotations = strings(value, index, "annotations");
				case "status" -> alert.status = status(value, path(index) + ".status");
				case "startsAt" -> {
					String text = scalar(value);
					alert.startsAtGiven = text != null && !text.isEmpty();
					alert.startsAt = time(value, text, index, "startsAt");
				}
				case "endsAt" -> alert.endsAt = time(value, scalar(value), index, "endsAt");
				case "fingerprint" -> alert.fingerprint = fingerprint(value, index);
				case "generatorURL" -> alert.url = IncomingAlert.truncate(orEmpty(scalar(value)), 2000);
				default -> this.parser.skipChildren();
			}
		}
		int end = (int) this.parser.currentTokenLocation().getByteOffset() + 1;
		// a character takes at most 4 bytes: decode no more than can be kept
		alert.raw = IncomingAlert.truncate(
				new String(this.body, start, Math.min(end - start, 4 * IncomingAlert.MAX_RAW), StandardCharsets.UTF_8),
				IncomingAlert.MAX_RAW);
		return alert;
	}

	private AlertStatus status(JsonToken value, String field) {
		String text = scalar(value);
		return WireCode.find(AlertStatus.class, orEmpty(text))
			.orElseThrow(() -> RequestRejected.invalid(field,
					field + " must be \"firing\" or \"resolved\", not " + shown(value, text) + "."));
	}

	private Map<String, String> strings(JsonToken value, int index, String name) {
		if (value == JsonToken.VALUE_NULL) {
			return null;
		}
		if (value != JsonToken.START_OBJECT) {
			this.parser.skipChildren();
			throw RequestRejected.invalid(path(index) + "." + name,
					path(index) + "." + name + " must be an object of strings.");
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String key = this.parser.nextName(); key != null; key = this.parser.nextName()) {
			if (this.parser.nextToken() != JsonToken.VALUE_STRING) {
				throw RequestRejected.invalid(path(index) + "." + name,
						path(index) + "." + name + "." + key + " must be a string.");
			}
			values.put(key, this.parser.getString());
		}
		return values;
	}

	/** The time, or null when there is none (missing, empty or Alertmanager's zero). */
	private static Instant time(JsonToken value, String text, int index, String name) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		Instant time = Rfc3339.parse(text);
		if (time == null) {
			String field = path(index) + "." + name;
			throw RequestRejected.invalid(field, field + " is not an RFC 3339 time: " + shown(value, text) + ".");
		}
		return time.equals(ZERO_TIME) ? null : time;
	}

	private String fingerprint(JsonToken value, int index) {
		String fingerprint = orEmpty(scalar(value));
		IntakeLimits.Exceeded exceeded = IntakeLimits.fingerprint(index, fingerprint);
		if (exceeded != null) {
			throw RequestRejected.invalid(exceeded.path(), exceeded.message(exceeded.path()));
		}
		return fingerprint;
	}

	/** The text of a scalar value; null for null, an object or an array (skipped). */
	private String scalar(JsonToken value) {
		if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
			this.parser.skipChildren();
			return null;
		}
		return (value == JsonToken.VALUE_NULL) ? null : this.parser.getString();
	}

	private static String shown(JsonToken value, String text) {
		if (text == null) {
			return (value == JsonToken.VALUE_NULL) ? "null" : "a JSON " + value.name().substring(6).toLowerCase();
		}
		return (value == JsonToken.VALUE_STRING) ? "\"" + text + "\"" : text;
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private static String path(int index) {
		return "alerts[" + index + "]";
	}

	/**
	 * One alert's fields as read; the payload's status applies to those without one, and
	 * it may come after the alerts.
	 */
	private static final class AlertFields {

		Map<String, String> labels;

		Map<String, String> annotations;

		AlertStatus status;

		Instant startsAt;

		boolean startsAtGiven;

		Instant endsAt;

		String fingerprint;

		String url;

		String raw;

		IncomingAlert toAlert(AlertStatus groupStatus, int index) {
			String path = path(index);
			if (this.labels == null) {
				throw RequestRejected.invalid(path + ".labels",
						path + ".labels is missing; every alert needs its labels.");
			}
			if (this.labels.isEmpty()) {
				throw RequestRejected.invalid(path + ".labels",
						path + ".labels is empty; every alert needs at least one label.");
			}
			AlertStatus effective = (this.status != null) ? this.status : groupStatus;
			if (effective == null) {
				throw RequestRejected.invalid(path + ".status", path + " has no status (firing or resolved).");
			}
			if (!this.startsAtGiven) {
				throw RequestRejected.invalid(path + ".startsAt", path + ".startsAt is missing (an RFC 3339 time).");
			}
			return new IncomingAlert(this.fingerprint, effective, this.labels,
					(this.annotations != null) ? this.annotations : new LinkedHashMap<>(), this.startsAt,
					(effective == AlertStatus.RESOLVED) ? this.endsAt : null, this.url, this.raw);
		}

	}

}
