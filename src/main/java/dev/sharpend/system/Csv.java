package dev.sharpend.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV lines for the exports people open in a spreadsheet: fields are quoted when
 * they need it, and a value a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) is defused with a leading apostrophe, as
 * the exports hold text people typed.
 */
public final class Csv {

	private Csv() {
	}

	/** One line of fields, ending in CRLF. */
	public static String line(List<String> fields) {
		return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
	}

	/** One field, quoted when needed and defused when it would start a formula. */
	public static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
