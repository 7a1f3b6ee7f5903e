package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Function;

import dev.sharpend.identity.UserId;

/**
 * A final schedule as an RFC 5545 iCalendar document: one event per person's stretch,
 * none for gaps. A stretch cut by the range is left out, so that every event's UID
 * (derived from the schedule, the person and the stretch's start and end) is the same
 * each time the feed is computed, and calendars update their events instead of adding
 * copies.
 */
final class ScheduleCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int MAX_OCTETS = 75;

	private ScheduleCalendar() {
	}

	/** The document, lines ending in CRLF and folded at 75 octets. */
	static String render(Schedule schedule, FinalSchedule plan, Function<UserId, String> names, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Sharpend//On call//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text("On call: " + schedule.name()));
		for (Slot slot : plan.slots()) {
			UserId user = slot.user();
			boolean cut = !slot.start().isAfter(plan.from()) || !slot.end().isBefore(plan.to());
			if (user == null || cut) {
				continue;
			}
			String source = (slot.layer() != null) ? slot.layer() : "override";
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + uid(schedule, slot, user) + "@sharpend");
			line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
			line(out, "DTSTART:" + UTC.format(slot.start()));
			line(out, "DTEND:" + UTC.format(slot.end()));
			line(out, "SUMMARY:" + text("On call: " + names.apply(user) + " (" + source + ")"));
			line(out, "DESCRIPTION:" + text(names.apply(user) + " is on call for " + schedule.name() + ", "
					+ ((slot.layer() != null) ? "from layer " + slot.layer() : "by an override") + "."));
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String uid(Schedule schedule, Slot slot, UserId user) {
		String key = schedule.id() + "|" + user + "|" + slot.start() + "|" + slot.end();
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** Escapes a TEXT value (RFC 5545 section 3.3.11). */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded so no line exceeds 75 octets, never inside a
	 * character.
	 */
	private static void line(StringBuilder out, String content) {
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

}
