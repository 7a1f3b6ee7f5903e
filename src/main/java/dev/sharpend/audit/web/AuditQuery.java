package dev.sharpend.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.sharpend.audit.AuditFilter;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters as they arrive from the audit page's form or the API's query string. Dates are
 * whole days in UTC; {@code to} includes its day.
 *
 * @param actor part of the actor's name
 * @param action an action or action prefix
 * @param targetType the kind of thing changed
 * @param from first day
 * @param to last day
 */
record AuditQuery(String actor, String action, String targetType,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	AuditFilter toFilter() {
		return new AuditFilter(blankToNull(this.actor), blankToNull(this.action), blankToNull(this.targetType),
				(this.from != null) ? this.from.atStartOfDay().toInstant(ZoneOffset.UTC) : null,
				(this.to != null) ? this.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC) : null);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
