package dev.sharpend.oncall;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.IcalLines;

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

	private ScheduleCalendar() {
	}

	/** The document, lines ending in CRLF and folded at 75 octets. */
	static String render(Schedule schedule, FinalSchedule plan, Function<UserId, String> names, Instant stamp) {
		StringBuilder out = begin("On call: " + schedule.name());
		List<Slot> slots = whole(plan);
		for (Slot slot : slots) {
			UserId user = slot.user();
			event(out,
					new Event(uid(schedule, slot, user), slot,
							"On call: " + names.apply(user) + " (" + source(slot) + ")",
							names.apply(user) + " is on call for " + schedule.name() + ", " + how(slot) + "."),
					stamp);
		}
		return end(out, slots.isEmpty());
	}

	static String uid(Schedule schedule, Slot slot, UserId user) {
		return uid(schedule.id() + "|" + user + "|" + slot.start() + "|" + slot.end());
	}

	/** A UID from what identifies an event, the same each time the feed is computed. */
	static String uid(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A calendar's opening lines. */
	static StringBuilder begin(String name) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Sharpend//On call//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		return out;
	}

	/**
	 * The stretches with someone on call that lie wholly inside the range: one cut by it
	 * would get another UID once the range moves on.
	 */
	static List<Slot> whole(FinalSchedule plan) {
		return plan.slots()
			.stream()
			.filter((s) -> s.user() != null && s.start().isAfter(plan.from()) && s.end().isBefore(plan.to()))
			.toList();
	}

	/** Where a stretch's person comes from, in a few words: the layer, or "override". */
	static String source(Slot slot) {
		return (slot.layer() != null) ? slot.layer() : "override";
	}

	/** How a stretch's person came to be on call, as a sentence would say it. */
	static String how(Slot slot) {
		return (slot.layer() != null) ? "from layer " + slot.layer() : "by an override";
	}

	static void event(StringBuilder out, Event event, Instant stamp) {
		line(out, "BEGIN:VEVENT");
		line(out, "UID:" + event.uid() + "@sharpend");
		line(out, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
		line(out, "DTSTART:" + UTC.format(event.slot().start()));
		line(out, "DTEND:" + UTC.format(event.slot().end()));
		line(out, "SUMMARY:" + text(event.summary()));
		line(out, "DESCRIPTION:" + text(event.description()));
		line(out, "TRANSP:TRANSPARENT");
		line(out, "END:VEVENT");
	}

	/**
	 * A calendar's closing lines. RFC 5545 wants at least one component in a calendar, so
	 * one without events gets a time zone (UTC, which its events would be in).
	 */
	static String end(StringBuilder out, boolean noEvents) {
		if (noEvents) {
			line(out, "BEGIN:VTIMEZONE");
			line(out, "TZID:UTC");
			line(out, "BEGIN:STANDARD");
			line(out, "DTSTART:19700101T000000");
			line(out, "TZOFFSETFROM:+0000");
			line(out, "TZOFFSETTO:+0000");
			line(out, "END:STANDARD");
			line(out, "END:VTIMEZONE");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
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
	 * One event of a feed.
	 *
	 * @param uid its UID, without the domain
	 * @param slot the stretch it shows
	 * @param summary its title
	 * @param description its text
	 */
	record Event(String uid, Slot slot, String summary, String description) {
	}

	/**
	 * Appends a content line folded so no line exceeds 75 octets, never inside a
	 * character.
	 */
	private static void line(StringBuilder out, String content) {
		IcalLines.append(out, content);
	}

}
