package dev.sharpend.audit.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.sharpend.audit.AuditEvent;

/** One audit event as an RFC 4180 CSV line. */
final class CsvRow {

	private CsvRow() {
	}

	static String of(AuditEvent event) {
		return List
			.of(String.valueOf(event.id()), String.valueOf(event.occurredAt()), event.actorType(),
					nullToEmpty(event.actorId()), event.actorName(), event.action(), event.targetType(),
					nullToEmpty(event.targetId()), event.summary(), nullToEmpty(event.clientAddress()))
			.stream()
			.map(CsvRow::field)
			.collect(Collectors.joining(",", "", "\r\n"));
	}

	/**
	 * Quotes a field when needed, and defuses values a spreadsheet would run as a formula
	 * (a summary is partly user text).
	 */
	static String field(String value) {
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
