package dev.sharpend.oncall;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.RequestRejected;

/**
 * Reads the JSON another tool's API answered with. Every refusal names the field by its
 * path in that JSON, such as {@code schedule_layers[1].users[0]}, so the person importing
 * can find it.
 */
final class ImportJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ImportJson() {
	}

	static JsonNode parse(String body, String what) {
		try {
			JsonNode node = JSON.readTree(body);
			if (node == null || !node.isObject()) {
				throw RequestRejected.invalid("body", "Paste the JSON object " + what + " answers with.");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw RequestRejected.invalid("body", "This is not valid JSON (line " + ex.getLocation().getLineNr()
					+ ", column " + ex.getLocation().getColumnNr() + "); paste what " + what + " answers with.");
		}
	}

	static JsonNode object(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		if (!node.isObject()) {
			throw RequestRejected.invalid(path, "Expected an object here.");
		}
		return node;
	}

	/** The array's elements; a missing array is empty. */
	static List<JsonNode> array(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw RequestRejected.invalid(path, "Expected a list here.");
		}
		List<JsonNode> items = new ArrayList<>();
		node.forEach(items::add);
		return items;
	}

	static String text(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		if (!node.isString() || node.asString().isBlank()) {
			throw RequestRejected.invalid(path, "Expected text here.");
		}
		return node.asString().strip();
	}

	static String optionalText(JsonNode parent, String name) {
		JsonNode node = parent.path(name);
		return node.isString() ? node.asString().strip() : "";
	}

	static int integer(JsonNode parent, String name, String path, int fallback) {
		JsonNode node = parent.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return fallback;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			throw RequestRejected.invalid(path, "Expected a whole number here.");
		}
		return node.asInt();
	}

	static Instant instant(JsonNode parent, String name, String path) {
		String value = text(parent, name, path);
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(path,
					"Expected a date and time with offset such as " + "2027-01-04T09:00:00+01:00, not " + value + ".");
		}
	}

	/** A name for something to create, at most as long as Sharpend keeps names. */
	static String name(String value, String path) {
		String name = value.strip();
		if (name.isEmpty() || name.length() > OnCallInput.MAX_NAME) {
			throw RequestRejected.invalid(path, "Give it a name of 1 to " + OnCallInput.MAX_NAME
					+ " characters; this one has " + name.length() + ".");
		}
		return name;
	}

	/**
	 * The document an API answers, bare or wrapped in one member (Opsgenie's
	 * {@code data}, PagerDuty's {@code schedule}), with the path prefix its fields are
	 * named by.
	 */
	static Wrapped unwrap(JsonNode root, String member) {
		return root.has(member) ? new Wrapped(object(root, member, member), member + ".") : new Wrapped(root, "");
	}

	/**
	 * A document and where it sits.
	 *
	 * @param body the document
	 * @param at the prefix of its fields' paths, empty when it was bare
	 */
	record Wrapped(JsonNode body, String at) {

		/** The name to create it under: the one given, else its own {@code name}. */
		String title(String given) {
			return given.isBlank() ? name(text(this.body, "name", this.at + "name"), this.at + "name")
					: name(given, "name");
		}

	}

	/** An IANA zone; a fixed offset or an unknown name is refused. */
	static ZoneId zone(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		return OnCallInput.zone(path, node.isString() ? node.asString() : null);
	}

}
