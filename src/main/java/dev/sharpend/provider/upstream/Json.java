package dev.sharpend.provider.upstream;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lenient reading of a provider's JSON: providers add fields, drop them and send
 * {@code null} where a list is documented, so a missing or mistyped field reads as absent
 * rather than failing the whole page.
 */
final class Json {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private Json() {
	}

	/** The body as JSON; the encoding (UTF-8, UTF-16 as AWS sends) is detected. */
	static JsonNode parse(StatusBody body) {
		try {
			JsonNode root = JSON.readTree(body.bytes());
			if (root == null || root.isMissingNode()) {
				throw new UnreadableStatus("The status page answered with an empty body.");
			}
			return root;
		}
		catch (JacksonException ex) {
			throw new UnreadableStatus("The status page answered with broken JSON (line " + ex.getLocation().getLineNr()
					+ ", column " + ex.getLocation().getColumnNr() + ").", ex);
		}
	}

	static List<JsonNode> list(JsonNode parent, String name) {
		return list(parent.path(name));
	}

	static List<JsonNode> list(JsonNode node) {
		List<JsonNode> items = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(items::add);
		}
		return items;
	}

	/** The text of a field; numbers are read as their text (some ids are numbers). */
	static @Nullable String text(JsonNode parent, String name) {
		JsonNode node = parent.path(name);
		if (node.isString()) {
			String text = node.asString().strip();
			return text.isEmpty() ? null : text;
		}
		return node.isNumber() ? node.asString() : null;
	}

	static String text(JsonNode parent, String name, String fallback) {
		String text = text(parent, name);
		return (text != null) ? text : fallback;
	}

	/**
	 * An ISO-8601 instant with an offset or {@code Z}; null when absent or unreadable.
	 */
	static @Nullable Instant instant(JsonNode parent, String name) {
		String text = text(parent, name);
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeException ex) {
			return naive(text);
		}
	}

	/**
	 * A {@code yyyy-MM-dd HH:mm:ss} time without an offset, as Cachet sends them; taken
	 * as UTC, the only zone that can be assumed without asking the page.
	 */
	static @Nullable Instant naive(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, NAIVE).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	static int integer(JsonNode parent, String name, int fallback) {
		JsonNode node = parent.path(name);
		if (node.isNumber()) {
			return node.asInt();
		}
		if (node.isString()) {
			try {
				return Integer.parseInt(node.asString().strip());
			}
			catch (NumberFormatException ex) {
				return fallback;
			}
		}
		return fallback;
	}

}
