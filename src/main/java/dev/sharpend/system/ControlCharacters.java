package dev.sharpend.system;

/**
 * The control characters no text field takes: NUL and the rest of the C0 range except
 * tab, line feed and carriage return. PostgreSQL cannot store NUL at all, and the others
 * break the XML of feeds and PDF exports; no person types them.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** Whether a text field may hold this character. */
	public static boolean allowed(char c) {
		return c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
	}

	/** The index of the first character no text field takes, or -1. */
	public static int find(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			if (!allowed(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Refuses a value that holds such a character.
	 * @throws RequestRejected (400, naming {@code field}) if it does
	 */
	public static void check(String field, CharSequence text) {
		int at = (text != null) ? find(text) : -1;
		if (at >= 0) {
			throw refusal(field, text.charAt(at));
		}
	}

	/** Why a value holding this character is refused, naming the field. */
	public static RequestRejected refusal(String field, char c) {
		return RequestRejected.invalid(field, field + " contains the control character " + codePoint(c)
				+ ", which no text in Sharpend takes; remove it and send again.");
	}

	/** A character as {@code U+0000}. */
	public static String codePoint(char c) {
		return String.format("U+%04X", (int) c);
	}

	/**
	 * The text with every control character written as {@code \\uXXXX}, so that it can go
	 * into a log line without starting a new one.
	 */
	public static String escaped(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 || c == 0x7f) {
				out.append(String.format("\\u%04x", (int) c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
