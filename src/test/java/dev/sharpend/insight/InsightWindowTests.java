package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InsightWindowTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void sevenDaysAreTodayAndTheSixLocalDaysBeforeAcrossTheSpringChange() {
		// now: Monday 30 March 2026 12:00 CEST (10:00Z); start: Tuesday 24 March 00:00
		// CET
		// (23 March 23:00Z); 6 days + 12 h − the hour lost on 29 March = 155 h
		Instant now = Instant.parse("2026-03-30T10:00:00Z");
		Instant start = InsightWindow.DAYS_7.start(now, BERLIN);
		assertThat(start).isEqualTo(Instant.parse("2026-03-23T23:00:00Z"));
		assertThat(Duration.between(start, now)).isEqualTo(Duration.ofHours(155));
	}

	@Test
	void thirtyAndNinetyDaysStartAtALocalMidnight() {
		// now: Thursday 3 December 2026 08:00 EST (13:00Z)
		Instant now = Instant.parse("2026-12-03T13:00:00Z");
		// 30 days: 4 November 00:00 EST = 05:00Z
		assertThat(InsightWindow.DAYS_30.start(now, NEW_YORK)).isEqualTo(Instant.parse("2026-11-04T05:00:00Z"));
		// 90 days: 3 December − 89 days (− 30 → 3 November, − 31 → 3 October, − 28 → 5
		// September), 00:00 EDT = 04:00Z
		assertThat(InsightWindow.DAYS_90.start(now, NEW_YORK)).isEqualTo(Instant.parse("2026-09-05T04:00:00Z"));
	}

	@Test
	void namesTheWindowParameterWhenTheWindowIsUnknown() {
		assertThat(InsightWindow.parse("30d")).isEqualTo(InsightWindow.DAYS_30);
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> InsightWindow.parse("14d"))
			.withMessageContaining("7d, 30d, 90d")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("window"));
	}

}
