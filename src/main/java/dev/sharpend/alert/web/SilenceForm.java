package dev.sharpend.alert.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import dev.sharpend.system.RequestRejected;

/**
 * The new-silence form: matchers as Alertmanager writes them, an end in UTC, and why.
 *
 * @param matchers one matcher per line (or comma-separated)
 * @param endsAt a {@code datetime-local} value, read as UTC
 * @param comment why
 */
record SilenceForm(String matchers, String endsAt, String comment) {

	Instant end() {
		if (this.endsAt == null || this.endsAt.isBlank()) {
			throw RequestRejected.invalid("endsAt", "Give the time the silence ends (UTC).");
		}
		try {
			return LocalDateTime.parse(this.endsAt.strip()).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid("endsAt", "Give the end as a date and time, such as 2026-11-25T08:00.");
		}
	}

}
