package dev.sharpend.test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deterministic mutants of a valid request body, for fuzz tests: mutant {@code n} of a
 * seed depends only on the mutator's seed, {@code n} and the seed body, so a failure
 * names everything needed to send the same bytes again.
 * <p>
 * JSON bodies get values of the wrong type, extreme numbers, long strings, control
 * characters, lone surrogates, deep nesting, dropped and duplicated keys; every body can
 * get flipped, inserted or deleted bytes, be cut short, or be sent in UTF-16 or UTF-32.
 */
public final class BodyMutator {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String[] CHARSETS = { "UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE" };

	/** Bytes a parser has to think about: structure, escapes, invalid or odd UTF-8. */
	private static final byte[][] ODD_BYTES = { { 0 }, { '\n' }, { '"' }, { '\\' }, { '{' }, { '}' }, { '[' }, { ']' },
			{ ',' }, { ':' }, { (byte) 0x80 }, { (byte) 0xC0 }, { (byte) 0xC3 }, { (byte) 0xFF }, { (byte) 0xFE },
			{ (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF },
			{ (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, { (byte) 0xC0, (byte) 0x80 }, { '%' }, { '&' },
			{ '=' }, { '#' } };

	/**
	 * C0 controls and DEL as written inside a JSON string; PostgreSQL refuses NUL, XML
	 * documents refuse the others.
	 */
	private static final String[] CONTROLS = { "\\u0000", "a\\u0000b", "Checkout\\u0000", "\\u0001",
			"x\\u0001\\u0007\\u001b\\u001f", "\\u000b\\u000c", "\\u007f", "line\\nbreak\\r\\ttab" };

	/** Text a field may not expect, each as it is written inside a JSON string. */
	private static final String[] ODD_TEXT = { "", " ", "\\ud800", "x\\udc00", "\\udfff\\ud800", "\\ud83d", "\\ufeff",
			"\\u202eevil", "\\u0085\\u2028\\u2029", "😀🔥", "<script>alert(1)</script>", "%s%n%x", "${jndi:ldap://x}",
			"../../etc/passwd", "' OR '1'='1", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
			"+999999999-12-31T23:59:59Z", "2026-13-45T99:99:99Z", "2026-11-24", "1e400", "NaN", "-0", "null", "SEV0",
			"INC-99999999999999999999", "https://", "javascript:alert(1)", "*", "\\\\", "\\\"" };

	/** Numbers at and beyond every integer and floating point limit. */
	private static final String[] ODD_NUMBERS = { "0", "-1", "-0", "0.5", "2147483647", "2147483648", "-2147483649",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
			"1e400", "-1e400", "1e-400", "1.7976931348623157e309", "4.9e-325", "1E2147483648" };

	/** Lengths just above common column and field limits. */
	private static final int MAX_REPEATED = 300_000;

	private static final int[] LONG_LENGTHS = { 256, 321, 1025, 2049, 4001, 5001, 20_001, 100_000 };

	private final long seed;

	/**
	 * A mutator whose mutants are fixed by {@code seed}.
	 * @param seed fixes every mutant
	 */
	public BodyMutator(long seed) {
		this.seed = seed;
	}

	/**
	 * Mutant {@code index} of a JSON body: mostly JSON-aware changes, some raw-byte
	 * changes, some in another Unicode encoding.
	 * @param json a valid body
	 * @param index which mutant
	 * @return the mutant
	 */
	public Mutant json(String json, int index) {
		Random random = random(index);
		int kind = random.nextInt(10);
		if (kind < 6) {
			return utf8(structural(json, random));
		}
		if (kind < 8) {
			return raw(random.nextBoolean() ? json : structural(json, random).text(), random);
		}
		return recoded(random.nextBoolean() ? json : structural(json, random).text(), random);
	}

	/**
	 * Mutant {@code index} of a text body (Markdown, a form): line and character changes,
	 * raw-byte changes and other encodings.
	 * @param text a valid body
	 * @param index which mutant
	 * @return the mutant
	 */
	public Mutant text(String text, int index) {
		Random random = random(index);
		int kind = random.nextInt(10);
		if (kind < 5) {
			return utf8(lines(text, random));
		}
		if (kind < 8) {
			return raw(random.nextBoolean() ? text : lines(text, random).text(), random);
		}
		return recoded(random.nextBoolean() ? text : lines(text, random).text(), random);
	}

	/**
	 * Mutant {@code index} of a set of named values (query parameters, form fields):
	 * values replaced by odd ones, fields dropped, repeated or added. The caller encodes
	 * the result.
	 * @param fields valid values
	 * @param index which mutant
	 * @return the changed fields (a field may appear more than once) and what was done
	 */
	public Fields fields(Map<String, String> fields, int index) {
		Random random = random(index);
		List<Map.Entry<String, String>> out = new ArrayList<>(fields.entrySet());
		List<String> done = new ArrayList<>();
		int changes = 1 + random.nextInt(3);
		for (int i = 0; i < changes && !out.isEmpty(); i++) {
			int at = random.nextInt(out.size());
			String name = out.get(at).getKey();
			switch (random.nextInt(6)) {
				case 0 -> {
					out.remove(at);
					done.add("drop " + name);
				}
				case 1 -> {
					String value = plainValue(random);
					out.add(Map.entry(name, value));
					done.add("repeat " + name);
				}
				case 2 -> {
					String value = out.get(at).getValue() + plainValue(random);
					out.set(at, Map.entry(name, value));
					done.add("append to " + name);
				}
				default -> {
					out.set(at, Map.entry(name, plainValue(random)));
					done.add("replace " + name);
				}
			}
		}
		return new Fields(out, String.join(", ", done));
	}

	private Random random(int index) {
		return new Random(this.seed * 1_000_003L + index);
	}

	private static Mutant utf8(Text text) {
		return new Mutant(text.done(), text.text().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, false);
	}

	private static Text structural(String json, Random random) {
		JsonNode root = JSON.readTree(json);
		Map<String, String> raw = new LinkedHashMap<>();
		List<String> done = new ArrayList<>();
		int changes = 1 + random.nextInt(3);
		for (int i = 0; i < changes; i++) {
			root = change(root, random, raw, done);
		}
		String text = JSON.writeValueAsString(root);
		for (Map.Entry<String, String> fragment : raw.entrySet()) {
			text = text.replace(fragment.getKey(), fragment.getValue());
		}
		return new Text(text, String.join("; ", done));
	}

	/**
	 * One change to the tree. Fragments that a tree cannot hold (duplicate keys, lone
	 * surrogates, numbers out of range, deep nesting) go in as placeholders replaced in
	 * the written text.
	 */
	private static JsonNode change(JsonNode root, Random random, Map<String, String> raw, List<String> done) {
		List<Located> nodes = new ArrayList<>();
		collect(root, "", null, null, nodes);
		Located target = nodes.get(random.nextInt(nodes.size()));
		int op = random.nextInt(12);
		if (op < 2 && target.parent() != null) {
			// A record component the body leaves null is the commonest slip in a handler.
			done.add("set " + pointer(target) + " to null");
			return replace(root, target, NODES.nullNode());
		}
		if (op < 6 || target.parent() == null) {
			String fragment = fragment(random);
			done.add("set " + pointer(target) + " to " + shorten(fragment));
			return replace(root, target, placeholder(raw, fragment));
		}
		if (op == 6 && target.parent() instanceof ObjectNode parent) {
			parent.remove(target.name());
			done.add("drop " + pointer(target));
			return root;
		}
		if (op == 7 && target.parent() instanceof ObjectNode parent) {
			String key = "\u0001dup" + raw.size() + "\u0001";
			String again = random.nextBoolean() ? fragment(random) : JSON.writeValueAsString(target.node());
			parent.set(key, NODES.nullNode());
			raw.put(JSON.writeValueAsString(key) + ":null", JSON.writeValueAsString(target.name()) + ":" + again);
			done.add("repeat key " + pointer(target) + " as " + shorten(again));
			return root;
		}
		if (op == 8 && target.node() instanceof ArrayNode array && !array.isEmpty()) {
			JsonNode first = array.get(0);
			String written = JSON.writeValueAsString(first);
			for (Map.Entry<String, String> fragment : raw.entrySet()) {
				written = written.replace(fragment.getKey(), fragment.getValue());
			}
			// Many elements, but a body within the intake limits: a larger one only tests
			// the
			// size limit, and the server drops the connection while it is still being
			// sent.
			int copies = Math.max(1, Math.min(1 + random.nextInt(200), MAX_REPEATED / written.length()));
			for (int i = 0; i < copies; i++) {
				array.add(first.deepCopy());
			}
			done.add("repeat first element of " + pointer(target) + " " + copies + " times");
			return root;
		}
		if (op == 9 && target.node().isString()) {
			String odd = random.nextBoolean() ? CONTROLS[random.nextInt(CONTROLS.length)]
					: ODD_TEXT[random.nextInt(ODD_TEXT.length)];
			String value = JSON.writeValueAsString(target.node());
			String changed = value.substring(0, value.length() - 1) + odd + "\"";
			done.add("append " + shorten(odd) + " to " + pointer(target));
			return replace(root, target, placeholder(raw, changed));
		}
		if (target.node() instanceof ObjectNode object) {
			String fragment = fragment(random);
			object.set("unexpected", placeholder(raw, fragment));
			done.add("add " + pointer(target) + "/unexpected = " + shorten(fragment));
			return root;
		}
		JsonNode other = nodes.get(random.nextInt(nodes.size())).node().deepCopy();
		done.add("set " + pointer(target) + " to another value of the body");
		return replace(root, target, other);
	}

	private static JsonNode placeholder(Map<String, String> raw, String fragment) {
		String key = "\u0001raw" + raw.size() + "\u0001";
		raw.put(JSON.writeValueAsString(key), fragment);
		return NODES.stringNode(key);
	}

	private static JsonNode replace(JsonNode root, Located target, JsonNode value) {
		if (target.parent() instanceof ObjectNode object) {
			object.set(target.name(), value);
			return root;
		}
		if (target.parent() instanceof ArrayNode array) {
			array.set(Integer.parseInt(target.name()), value);
			return root;
		}
		return value;
	}

	private static void collect(JsonNode node, String path, JsonNode parent, String name, List<Located> into) {
		into.add(new Located(node, parent, name, path));
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : new ArrayList<>(object.properties())) {
				collect(property.getValue(), path + "/" + property.getKey(), object, property.getKey(), into);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				collect(array.get(i), path + "/" + i, array, Integer.toString(i), into);
			}
		}
	}

	private static String pointer(Located located) {
		return located.path().isEmpty() ? "the body" : located.path();
	}

	/** A JSON value as text, often of a type or size no field expects. */
	private static String fragment(Random random) {
		return switch (random.nextInt(10)) {
			case 0 -> "null";
			case 1 ->
				new String[] { "[]", "{}", "true", "false", "[null]", "[[]]", "{\"\":{}}", "[1,\"a\",null,{}]" }[random
					.nextInt(8)];
			case 2 -> ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
			case 3 -> random.nextBoolean() ? "1" + "0".repeat(1000 + random.nextInt(1000)) : nested(random);
			case 4, 5 -> "\"" + "x".repeat(LONG_LENGTHS[random.nextInt(LONG_LENGTHS.length)]) + "\"";
			case 6, 7 -> "\"" + CONTROLS[random.nextInt(CONTROLS.length)] + "\"";
			default -> "\"" + ODD_TEXT[random.nextInt(ODD_TEXT.length)] + "\"";
		};
	}

	private static String nested(Random random) {
		int depth = new int[] { 20, 200, 999, 1001, 5000 }[random.nextInt(5)];
		if (random.nextBoolean()) {
			return "[".repeat(depth) + "]".repeat(depth);
		}
		return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
	}

	/** A plain (unescaped) value for a query parameter or a form field. */
	private static String plainValue(Random random) {
		return switch (random.nextInt(5)) {
			case 0, 1 -> ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)];
			case 2 -> "x".repeat(LONG_LENGTHS[random.nextInt(4)]);
			default -> new String[] { "", " ", "\u0000", "a\u0000b", "\u0001\u0007\u001b\u001f", "line\nbreak\r\t",
					"\ufeff", "\u202eevil", "😀🔥", "<script>alert(1)</script>", "%s%n", "\"unbalanced", "a AND (b",
					"title:*", "*?~^", "\\", "foo~999999", "/regex.*/", "0001-01-01", "9999-12-31", "2026-13-45",
					"2026-11-24T10:00:00+25:00", "incident,alert,review,unknown", "SEV0",
					"INC-99999999999999999999" }[random.nextInt(25)];
		};
	}

	private static Text lines(String text, Random random) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		List<String> done = new ArrayList<>();
		int changes = 1 + random.nextInt(3);
		for (int i = 0; i < changes && !lines.isEmpty(); i++) {
			int at = random.nextInt(lines.size());
			int op = random.nextInt(7);
			if (op == 2 || op == 3) {
				// Lengthen or corrupt a line with content: a blank line only separates
				// blocks.
				for (int tries = 0; tries < 5 && lines.get(at).isBlank(); tries++) {
					at = random.nextInt(lines.size());
				}
			}
			switch (op) {
				case 0 -> {
					lines.remove(at);
					done.add("drop line " + at);
				}
				case 1 -> {
					int copies = 1 + random.nextInt(50);
					for (int c = 0; c < copies; c++) {
						lines.add(at, lines.get(at));
					}
					done.add("repeat line " + at + " " + copies + " times");
				}
				case 2 -> {
					int length = LONG_LENGTHS[random.nextInt(LONG_LENGTHS.length)];
					lines.set(at, lines.get(at) + "x".repeat(length));
					done.add("lengthen line " + at + " by " + length);
				}
				case 3 -> {
					String control = Character.toString(random.nextInt(0x20));
					String line = lines.get(at);
					int col = random.nextInt(line.length() + 1);
					lines.set(at, line.substring(0, col) + control + line.substring(col));
					done.add("insert U+%04X in line %d".formatted((int) control.charAt(0), at));
				}
				case 4 -> {
					String odd = new String[] { "# ", "## Summary", "---", "- [ ] ", "| a | b |", "```", "<!-- ",
							"\u0000", "😀", "\u202e", "[x](javascript:alert(1))" }[random.nextInt(11)];
					lines.add(at, odd);
					done.add("insert line " + shorten(odd) + " at " + at);
				}
				case 5 -> {
					int other = random.nextInt(lines.size());
					String line = lines.get(at);
					lines.set(at, lines.get(other));
					lines.set(other, line);
					done.add("swap lines " + at + " and " + other);
				}
				default -> {
					String value = plainValue(random);
					lines.set(at, lines.get(at).replaceFirst("\\S+", java.util.regex.Matcher.quoteReplacement(value)));
					done.add("replace first word of line " + at + " with " + shorten(value));
				}
			}
		}
		return new Text(String.join("\n", lines), String.join("; ", done));
	}

	private static Mutant raw(String text, Random random) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		List<String> done = new ArrayList<>();
		int changes = 1 + random.nextInt(4);
		for (int i = 0; i < changes; i++) {
			int at = (bytes.length == 0) ? 0 : random.nextInt(bytes.length);
			switch (random.nextInt(6)) {
				case 0 -> {
					if (bytes.length > 0) {
						int bit = random.nextInt(8);
						bytes[at] ^= (byte) (1 << bit);
						done.add("flip bit " + bit + " of byte " + at);
					}
				}
				case 1 -> {
					byte[] odd = ODD_BYTES[random.nextInt(ODD_BYTES.length)];
					bytes = splice(bytes, at, 0, odd);
					done.add("insert " + hex(odd) + " at byte " + at);
				}
				case 2 -> {
					int length = Math.min(1 + random.nextInt(16), bytes.length - at);
					bytes = splice(bytes, at, length, new byte[0]);
					done.add("delete " + length + " bytes at " + at);
				}
				case 3 -> {
					bytes = java.util.Arrays.copyOf(bytes, at);
					done.add("cut at byte " + at);
				}
				case 4 -> {
					int length = Math.min(1 + random.nextInt(64), bytes.length - at);
					bytes = splice(bytes, at, 0, java.util.Arrays.copyOfRange(bytes, at, at + length));
					done.add("repeat " + length + " bytes at " + at);
				}
				default -> {
					bytes = splice(bytes, 0, 0, ODD_BYTES[16]);
					done.add("prepend a UTF-8 byte order mark");
				}
			}
		}
		return new Mutant(String.join("; ", done), bytes, StandardCharsets.UTF_8, false);
	}

	private static Mutant recoded(String text, Random random) {
		String charset = CHARSETS[random.nextInt(CHARSETS.length)];
		boolean mark = random.nextBoolean();
		boolean declared = random.nextBoolean();
		byte[] body = ((mark ? "\ufeff" : "") + text).getBytes(Charset.forName(charset));
		return new Mutant(
				"encode as " + charset + (mark ? " with byte order mark" : "")
						+ (declared ? ", declared in Content-Type" : ", undeclared"),
				body, Charset.forName(charset), declared);
	}

	private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + insert.length);
		out.write(bytes, 0, at);
		out.writeBytes(insert);
		out.write(bytes, at + remove, bytes.length - at - remove);
		return out.toByteArray();
	}

	private static String hex(byte[] bytes) {
		StringBuilder out = new StringBuilder();
		for (byte b : bytes) {
			out.append("%02X".formatted(b & 0xFF));
		}
		return out.toString();
	}

	/**
	 * A value shortened for a message: controls escaped, long runs cut.
	 * @param value any text
	 * @return at most about 300 characters, printable
	 */
	public static String shorten(String value) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < value.length() && out.length() < 300; i++) {
			char c = value.charAt(i);
			out.append((c < 0x20 || c == 0x7F || Character.isSurrogate(c)) ? "\\u%04X".formatted((int) c)
					: Character.toString(c));
		}
		return (out.length() < 300) ? out.toString() : out + "… (" + value.length() + " characters)";
	}

	/**
	 * A mutated body.
	 *
	 * @param description what was changed, for the failure message
	 * @param body the bytes to send
	 * @param encoding the encoding of the body's text
	 * @param declared whether to name the encoding in {@code Content-Type}
	 */
	public record Mutant(String description, byte[] body, Charset encoding, boolean declared) {

		/**
		 * The body for a failure message.
		 * @return the body decoded as it was encoded, controls escaped, shortened
		 */
		public String preview() {
			return shorten(new String(this.body, this.encoding));
		}

		/**
		 * The content type to send.
		 * @param base the media type without parameters
		 * @return the media type, with the charset if it is declared
		 */
		public String contentType(String base) {
			return this.declared ? base + "; charset=" + this.encoding.name().toLowerCase() : base;
		}

	}

	/**
	 * Mutated named values.
	 *
	 * @param values the values in order, a name perhaps repeated
	 * @param description what was changed
	 */
	public record Fields(List<Map.Entry<String, String>> values, String description) {

		/**
		 * The values URL-encoded, as a query string or form body.
		 * @param encode how to encode one name or value
		 * @return {@code name=value&…}
		 */
		public String encoded(Function<String, String> encode) {
			return String.join("&",
					this.values.stream()
						.map((e) -> encode.apply(e.getKey()) + "=" + encode.apply(e.getValue()))
						.toList());
		}

	}

	private record Text(String text, String done) {
	}

	private record Located(JsonNode node, JsonNode parent, String name, String path) {
	}

}
