package dev.sharpend.incident.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import dev.sharpend.system.RequestRejected;

/** Reads incident numbers ({@code 42} or {@code INC-42}) and times from requests. */
final class IncidentNumbers {

	private IncidentNumbers() {
	}

	static long parse(String value) {
		String digits = (value != null && value.toUpperCase().startsWith("INC-")) ? value.substring(4) : value;
		try {
			long number = Long.parseLong(digits);
			if (number > 0) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw RequestRejected.notFound("There is no incident " + value + ".");
	}

	static long id(String value, String what) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no " + what + " " + value + ".");
		}
	}

	/**
	 * An ISO 8601 time with an offset, such as {@code 2026-05-01T10:15:00Z}; null stays
	 * null.
	 */
	static Instant instant(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value.strip()).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid(field,
					field + " must be an ISO 8601 time with an offset, such as 2026-05-01T10:15:00Z.");
		}
	}

}
