package dev.sharpend.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the time windows of other tools into {@link Restriction}s. A Sharpend window
 * opens on chosen weekdays and lasts at most a day, so a window that runs over several
 * days (PagerDuty's weekly restriction, Opsgenie's weekday-and-time-of-day) becomes one
 * window per day it covers; the final schedule joins them again where they touch.
 */
final class ImportWindows {

	private static final Duration DAY = Duration.ofDays(1);

	private static final Duration WEEK = Duration.ofDays(7);

	private ImportWindows() {
	}

	/** Every day from {@code start} for {@code length} (at most a day). */
	static Restriction daily(LocalTime start, Duration length) {
		return Restriction.daily(start, start.plus(length));
	}

	/**
	 * The window that opens on {@code day} at {@code start} and stays open for
	 * {@code length}, split into windows of at most a day; a week or longer is always
	 * open.
	 */
	static List<Restriction> span(DayOfWeek day, LocalTime start, Duration length) {
		if (length.compareTo(WEEK) >= 0) {
			return List.of(new Restriction(EnumSet.allOf(DayOfWeek.class), start, start));
		}
		List<Restriction> windows = new ArrayList<>();
		Duration left = length;
		DayOfWeek current = day;
		while (left.compareTo(DAY) >= 0) {
			windows.add(new Restriction(Set.of(current), start, start));
			left = left.minus(DAY);
			current = current.plus(1);
		}
		if (!left.isZero()) {
			windows.add(new Restriction(Set.of(current), start, start.plus(left)));
		}
		return windows;
	}

	/** A clock time truncated to the minute, as Sharpend's windows count. */
	static LocalTime minute(LocalTime time) {
		return time.withSecond(0).withNano(0);
	}

}
