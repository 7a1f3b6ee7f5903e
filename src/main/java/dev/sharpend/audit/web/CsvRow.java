package dev.sharpend.audit.web;

import java.util.List;

import dev.sharpend.audit.AuditEvent;
import dev.sharpend.system.Csv;

/** One audit event as an RFC 4180 CSV line ({@link Csv}). */
final class CsvRow {

	private CsvRow() {
	}

	static String of(AuditEvent event) {
		return Csv.row(List.of(String.valueOf(event.id()), String.valueOf(event.occurredAt()), event.actorType(),
				nullToEmpty(event.actorId()), event.actorName(), event.action(), event.targetType(),
				nullToEmpty(event.targetId()), event.summary(), nullToEmpty(event.clientAddress())));
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
