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
 * How a generic integration reads any JSON: JSON pointers (RFC 6901) to the alerts and to
 * each alert's title, status, fingerprint, severity, labels and start time.
 *
 * @param alerts pointer to an array of alerts; empty means the body is one alert or an
 * array of them
 * @param title pointer to the title (required)
 * @param status pointer to the status; absent means every alert fires
 * @param resolvedValues status values that mean resolved (default resolved, ok, inactive)
 * @param fingerprint pointer to a fingerprint; absent means a hash of labels and title
 * @param severity pointer to a severity
 * @param labels pointer to an object of labels
 * @param startsAt pointer to an RFC 3339 start time; absent means now
 */
public record GenericMapping(String alerts, String title, String status, List<String> resolvedValues,
		String fingerprint, String severity, String labels, String startsAt) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public GenericMapping {
		title = (title != null) ? title : "/title";
		resolvedValues = (resolvedValues != null && !resolvedValues.isEmpty()) ? List.copyOf(resolvedValues)
				: List.of("resolved", "ok", "inactive");
		for (Map.Entry<String, String> pointer : pointers(alerts, title, status, fingerprint, severity, labels,
				startsAt)
			.entrySet()) {
			if (pointer.getValue() != null && !pointer.getValue().isEmpty() && !pointer.getValue().startsWith("/")) {
				throw RequestRejected.invalid("mapping." + pointer.getKey(),
						"mapping." + pointer.getKey() + " must be a JSON pointer such as /alert/title.");
			}
		}
	}

	private static Map<String, String> pointers(String... values) {
		String[] names = { "alerts", "title", "status", "fingerprint", "severity", "labels", "startsAt" };
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < names.length; i++) {
			map.put(names[i], values[i]);
		}
		return map;
	}

	/** The mapping with every default: one alert per body, titled by {@code /title}. */
	public static GenericMapping defaults() {
		return new GenericMapping(null, null, null, null, null, null, null, null);
	}

	String toJson() {
		return JSON.writeValueAsString(this);
	}

	static GenericMapping fromJson(String json) {
		return (json != null) ? JSON.readValue(json, GenericMapping.class) : defaults();
	}

	/** Maps a delivered body onto alerts, naming the first thing that does not fit. */
	List<IncomingAlert> read(byte[] body, Instant now) {
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw RequestRejected.invalid(null, "The body is not valid JSON: " + ex.getOriginalMessage());
		}
		JsonNode list = (this.alerts != null && !this.alerts.isEmpty()) ? root.at(this.alerts) : root;
		List<JsonNode> items = new ArrayList<>();
		if (list.isArray()) {
			list.forEach(items::add);
		}
		else if (list.isObject()) {
			items.add(list);
		}
		else {
			throw RequestRejected.invalid("mapping.alerts",
					"The body has no alert object or array at \"" + ((this.alerts != null) ? this.alerts : "") + "\".");
		}
		List<IncomingAlert> parsed = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			parsed.add(alert(items.get(i), "alerts[" + i + "]", now));
		}
		return parsed;
	}

	private IncomingAlert alert(JsonNode item, String path, Instant now) {
		String titleText = text(item, this.title);
		if (titleText.isBlank()) {
			throw RequestRejected.invalid(path, path + " has no title at " + this.title + ".");
		}
		Map<String, String> labelMap = new LinkedHashMap<>();
		if (this.labels != null && !this.labels.isEmpty()) {
			JsonNode node = item.at(this.labels);
			if (!node.isMissingNode() && !node.isObject()) {
				throw RequestRejected.invalid(path, path + " has no label object at " + this.labels + ".");
			}
			node.properties().forEach((e) -> labelMap.put(e.getKey(), e.getValue().asString(e.getValue().toString())));
		}
		labelMap.putIfAbsent("alertname", IncomingAlert.truncate(titleText, 200));
		String statusText = (this.status != null) ? text(item, this.status) : "";
		AlertStatus alertStatus = this.resolvedValues.contains(statusText.toLowerCase()) ? AlertStatus.RESOLVED
				: AlertStatus.FIRING;
		String severityText = (this.severity != null) ? text(item, this.severity) : "";
		if (!severityText.isBlank()) {
			labelMap.put("severity", severityText);
		}
		Instant start = now;
		if (this.startsAt != null && !text(item, this.startsAt).isBlank()) {
			try {
				start = OffsetDateTime.parse(text(item, this.startsAt)).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw RequestRejected.invalid(path, path + " has no RFC 3339 time at " + this.startsAt + ".");
			}
		}
		String fp = (this.fingerprint != null) ? text(item, this.fingerprint) : "";
		if (fp.isBlank()) {
			fp = IncomingAlert.shortHash(labelMap + "|" + titleText);
		}
		// a fingerprint is identity: one too long is refused, never cut (IntakeLimits)
		return new IncomingAlert(fp, alertStatus, labelMap, Map.of("summary", IncomingAlert.truncate(titleText, 500)),
				start, (alertStatus == AlertStatus.RESOLVED) ? now : null, null,
				IncomingAlert.truncate(item.toString(), IncomingAlert.MAX_RAW));
	}

	private static String text(JsonNode item, String pointer) {
		JsonNode node = item.at(pointer);
		return (node.isValueNode()) ? node.asString("").strip() : "";
	}

}
