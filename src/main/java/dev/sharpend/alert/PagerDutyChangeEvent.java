package dev.sharpend.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One PagerDuty Events API v2 change event (a deploy, a configuration change), checked
 * the way PagerDuty checks it. Change events open nothing; they give incidents context.
 *
 * @param routingKey the integration key
 * @param summary what changed
 * @param timestamp when it changed (when the event arrived, if it does not say)
 * @param source where it changed, or empty
 * @param details custom_details as JSON, or null
 * @param links links to the change, http(s) only; those beyond ten or 12,000 characters
 * in all are left out
 */
public record PagerDutyChangeEvent(String routingKey, String summary, Instant timestamp, String source, String details,
		List<ChangeEventReceived.Link> links) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_SUMMARY = 1024;

	private static final int MAX_DETAILS = 4000;

	private static final int MAX_LINKS = 10;

	/**
	 * Characters of links (address and text) kept in all: with the longest summary,
	 * source and details, a change still fits one timeline entry (20,000 characters).
	 */
	private static final int MAX_LINK_TEXT = 12_000;

	/**
	 * @throws PagerDutyEvent.Invalid with every problem found
	 */
	public static PagerDutyChangeEvent parse(byte[] body, Instant now) {
		JsonNode root = root(body);
		List<String> errors = new ArrayList<>();
		String routingKey = PagerDutyEvent.text(root, "routing_key");
		if (routingKey.isBlank()) {
			errors.add("'routing_key' is missing or blank");
		}
		JsonNode payload = root.get("payload");
		if (payload == null || !payload.isObject()) {
			errors.add("'payload' is missing or not an object");
			throw new PagerDutyEvent.Invalid("invalid event", "Event object is invalid", errors);
		}
		String summary = PagerDutyEvent.text(payload, "summary");
		if (summary.isBlank()) {
			errors.add("'payload.summary' is missing or blank");
		}
		else if (summary.length() > MAX_SUMMARY) {
			errors.add("'payload.summary' is too long (maximum is 1024 characters)");
		}
		Instant timestamp = timestamp(PagerDutyEvent.text(payload, "timestamp"), now, errors);
		if (!errors.isEmpty()) {
			throw new PagerDutyEvent.Invalid("invalid event", "Event object is invalid", errors);
		}
		JsonNode details = payload.get("custom_details");
		return new PagerDutyChangeEvent(routingKey, summary, timestamp,
				IncomingAlert.truncate(PagerDutyEvent.text(payload, "source"), 255),
				(details != null && !details.isNull()) ? IncomingAlert.truncate(details.toString(), MAX_DETAILS) : null,
				links(root.get("links")));
	}

	private static JsonNode root(byte[] body) {
		try {
			JsonNode root = JSON.readTree(body);
			if (root != null && root.isObject()) {
				return root;
			}
		}
		catch (JacksonException ex) {
			// answered below, as PagerDuty does
		}
		throw new PagerDutyEvent.Invalid("Unrecognized object", "Event object format is unrecognized",
				List.of("JSON parse error"));
	}

	private static Instant timestamp(String time, Instant now, List<String> errors) {
		if (time.isBlank()) {
			return now;
		}
		try {
			return OffsetDateTime.parse(time, PagerDutyEvent.TIMESTAMP).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add("'payload.timestamp' is not an ISO 8601 time");
			return now;
		}
	}

	/** Links that can be shown safely; others are left out rather than refused. */
	private static List<ChangeEventReceived.Link> links(JsonNode links) {
		List<ChangeEventReceived.Link> safe = new ArrayList<>();
		if (links == null || !links.isArray()) {
			return safe;
		}
		int budget = MAX_LINK_TEXT;
		for (JsonNode link : links) {
			String href = link.isObject() ? PagerDutyEvent.text(link, "href") : "";
			String text = IncomingAlert.truncate(PagerDutyEvent.text(link, "text"), 200);
			// a link without text shows its address as the text
			int size = href.length() + (text.isEmpty() ? href.length() : text.length());
			if (safe.size() < MAX_LINKS && href.length() <= 2000 && size <= budget
					&& href.matches("(?i)https?://[^\\s()<>\\[\\]]+")) {
				safe.add(new ChangeEventReceived.Link(href, text));
				budget -= size;
			}
		}
		return safe;
	}

}
