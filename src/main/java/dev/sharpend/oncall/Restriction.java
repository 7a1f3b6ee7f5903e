package dev.sharpend.oncall;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A window in which a rotation's layer takes part, on its own wall clock: on the given
 * weekdays from {@code start} to {@code end}. An end at or before the start runs over
 * midnight into the next day (a night window 17:00–09:00 starting on the listed day);
 * start equal to end is the whole day.
 *
 * @param days the weekdays on which the window opens
 * @param start the clock time it opens
 * @param end the clock time it closes
 */
public record Restriction(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

	public Restriction {
		days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
	}

	/** Every day from {@code start} to {@code end}. */
	public static Restriction daily(LocalTime start, LocalTime end) {
		return new Restriction(EnumSet.allOf(DayOfWeek.class), start, end);
	}

	/** Monday to Friday from {@code start} to {@code end}. */
	public static Restriction weekdays(LocalTime start, LocalTime end) {
		return new Restriction(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
	}

	/** The window's open periods that touch [from, to), in order, on the zone's clock. */
	List<Period> periods(ZoneId zone, Instant from, Instant to) {
		List<Period> periods = new ArrayList<>();
		LocalDate day = from.atZone(zone).toLocalDate().minusDays(1);
		LocalDate last = to.atZone(zone).toLocalDate();
		for (; !day.isAfter(last); day = day.plusDays(1)) {
			if (!this.days.contains(day.getDayOfWeek())) {
				continue;
			}
			Instant open = ZonedDateTime.of(day, this.start, zone).toInstant();
			LocalDate closeDay = this.end.isAfter(this.start) ? day : day.plusDays(1);
			Instant close = ZonedDateTime.of(closeDay, this.end, zone).toInstant();
			if (close.isAfter(from) && open.isBefore(to) && close.isAfter(open)) {
				periods.add(new Period(open, close));
			}
		}
		return periods;
	}

}
