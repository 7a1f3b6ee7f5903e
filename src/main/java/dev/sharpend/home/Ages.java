package dev.sharpend.home;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How long something has been waiting, as people say it at a glance. */
final class Ages {

	private Ages() {
	}

	/**
	 * The time from {@code from} to {@code now} in its two largest units: "under a
	 * minute", "38 min", "2 h 5 min", "3 d 4 h".
	 */
	static String between(Instant from, Instant now) {
		long minutes = Math.max(0, Duration.between(from, now).toMinutes());
		if (minutes < 1) {
			return "under a minute";
		}
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		if (hours < 24) {
			return join(hours, "h", minutes % 60, "min");
		}
		return join(hours / 24, "d", hours % 24, "h");
	}

	/**
	 * When a handoff at {@code at} happens, as the team reads it: "09:00" today, "Tue
	 * 09:00" within the week, "14 Dec 09:00" beyond it.
	 */
	static String until(Instant at, Instant now, ZoneId zone) {
		ZonedDateTime when = at.atZone(zone);
		LocalDate today = now.atZone(zone).toLocalDate();
		String pattern;
		if (when.toLocalDate().equals(today)) {
			pattern = "HH:mm";
		}
		else if (when.toLocalDate().isBefore(today.plusDays(7))) {
			pattern = "EEE HH:mm";
		}
		else {
			pattern = "d MMM HH:mm";
		}
		return when.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH));
	}

	private static String join(long big, String bigUnit, long small, String smallUnit) {
		return (small == 0) ? big + " " + bigUnit : big + " " + bigUnit + " " + small + " " + smallUnit;
	}

}
