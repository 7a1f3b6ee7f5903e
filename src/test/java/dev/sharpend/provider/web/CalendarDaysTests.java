package dev.sharpend.provider.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.sharpend.provider.MaintenanceCalendar.Entry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar puts each maintenance under the day it starts in the reader's zone, and
 * says so when it ends on another day or its times were not announced.
 */
class CalendarDaysTests {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void groupsByTheDayItStartsInTheReadersZone() {
		Entry lateInUtc = entry("Late", Instant.parse("2026-12-04T23:30:00Z"), Instant.parse("2026-12-05T01:00:00Z"));
		Entry today = entry("Today", Instant.parse("2026-12-03T08:00:00Z"), Instant.parse("2026-12-03T09:00:00Z"));

		List<CalendarDays> utc = CalendarDays.of(List.of(today, lateInUtc), ZoneId.of("UTC"), NOW);
		assertThat(utc).extracting(CalendarDays::label)
			.containsExactly("Thursday 3 December 2026", "Friday 4 December 2026");
		assertThat(utc.get(0).today()).isTrue();
		assertThat(utc.get(0).rows().get(0).past()).as("it ended before now").isTrue();
		assertThat(utc.get(1).rows().get(0).when()).isEqualTo("23:30 – Sat 5 Dec 01:00");

		List<CalendarDays> berlin = CalendarDays.of(List.of(today, lateInUtc), ZoneId.of("Europe/Berlin"), NOW);
		assertThat(berlin).extracting(CalendarDays::label)
			.containsExactly("Thursday 3 December 2026", "Saturday 5 December 2026");
		assertThat(berlin.get(1).rows().get(0).when()).isEqualTo("00:30 – 02:00");
	}

	@Test
	void saysWhatTheProviderDidNotAnnounce() {
		Entry noEnd = entry("No end", Instant.parse("2026-12-04T10:00:00Z"), null);
		Entry noStart = new Entry("GitHub", true, "No start", "scheduled", Instant.parse("2026-12-04T11:00:00Z"), false,
				null, List.of("Deploys"), "/providers/x/upstream");

		List<CalendarDays> days = CalendarDays.of(List.of(noEnd, noStart), ZoneId.of("UTC"), NOW);
		assertThat(days.get(0).rows()).extracting(CalendarDays.Row::when)
			.containsExactly("10:00 – end not announced", "start not announced");
	}

	private static Entry entry(String title, Instant start, Instant end) {
		return new Entry("GitHub", true, title, "scheduled", start, true, end, List.of("Deploys"),
				"/providers/x/upstream");
	}

}
