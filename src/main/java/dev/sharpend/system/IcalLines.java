package dev.sharpend.system;

import java.nio.charset.StandardCharsets;

/**
 * Content lines of an iCalendar document (RFC 5545 §3.1): each ended by CRLF and folded
 * so that no line is longer than 75 octets, never inside a character (calendar apps that
 * read UTF-8 strictly reject a character split across lines).
 */
public final class IcalLines {

	private static final int MAX_OCTETS = 75;

	private IcalLines() {
	}

	/** Appends one content line, folded. */
	public static void append(StringBuilder out, String content) {
		int octets = 0;
		int limit = MAX_OCTETS;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				// The leading space of a continuation line counts towards its 75 octets.
				limit = MAX_OCTETS - 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

	/** A document of unfolded lines (ended by CRLF), folded. */
	public static String fold(String unfolded) {
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 64);
		for (String line : unfolded.split("\r\n")) {
			append(out, line);
		}
		return out.toString();
	}

}
