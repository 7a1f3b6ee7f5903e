package dev.sharpend.provider.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.MaintenanceCalendar.Entry;

/**
 * The calendar's maintenances day by day in one time zone: each under the day it starts,
 * its times in that zone (the end with its date when it ends on another day).
 *
 * @param date the day
 * @param label the day as the page heads it, such as "Thursday 3 December 2026"
 * @param today whether it is today in that zone
 * @param rows the maintenances starting that day, in the order they start
 */
record CalendarDays(LocalDate date, String label, boolean today, List<Row> rows) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

	private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

	static List<CalendarDays> of(List<Entry> entries, ZoneId zone, Instant now) {
		LocalDate today = now.atZone(zone).toLocalDate();
		Map<LocalDate, List<Row>> byDay = new LinkedHashMap<>();
		for (Entry e : entries) {
			LocalDate day = e.start().atZone(zone).toLocalDate();
			byDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(Row.of(e, zone, now));
		}
		List<CalendarDays> days = new ArrayList<>();
		byDay.forEach((day, rows) -> days.add(new CalendarDays(day, DAY.format(day), day.equals(today), rows)));
		return days;
	}

	/**
	 * One maintenance as the page shows it.
	 *
	 * @param entry the maintenance
	 * @param when its times in the zone, such as "14:00 – 16:00"
	 * @param past whether it has ended
	 */
	record Row(Entry entry, String when, boolean past) {

		static Row of(Entry e, ZoneId zone, Instant now) {
			String start = e.startKnown() ? TIME.format(e.start().atZone(zone)) : "start not announced";
			String end = end(e, zone);
			boolean past = (e.end() != null) ? !e.end().isAfter(now) : false;
			return new Row(e, (end != null) ? start + " – " + end : start, past);
		}

		private static @Nullable String end(Entry e, ZoneId zone) {
			if (e.end() == null) {
				return e.startKnown() ? "end not announced" : null;
			}
			boolean sameDay = e.end().atZone(zone).toLocalDate().equals(e.start().atZone(zone).toLocalDate());
			return (sameDay ? TIME : OTHER_DAY).format(e.end().atZone(zone));
		}

	}

}
