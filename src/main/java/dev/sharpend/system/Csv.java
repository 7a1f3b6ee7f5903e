package dev.sharpend.system;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV downloads as RFC 4180 lines: fields joined by commas, quoted when they hold a
 * comma, a quote or a line break (quotes doubled), each line ended by CRLF. A field that
 * a spreadsheet would run as a formula (one starting with {@code = + - @}, a tab or a
 * carriage return) is prefixed with {@code '} so it opens as text, since fields are
 * partly what people typed.
 */
public final class Csv {

	/** The media type of a download, with its charset. */
	public static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

	private Csv() {
	}

	/** One line of these fields, CRLF included. */
	public static String row(List<String> fields) {
		return fields.stream().map(Csv::field).collect(Collectors.joining(",", "", "\r\n"));
	}

	/** One field, defused and quoted as needed. */
	public static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	/** The {@code Content-Disposition} header value of a download named {@code name}. */
	public static String attachment(String name) {
		return "attachment; filename=\"" + name + "\"";
	}

}
