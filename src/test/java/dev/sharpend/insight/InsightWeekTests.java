package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InsightWeekTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void theBerlinWeekOfTheSpringChangeHas167Hours() {
		// 2026-W13: Monday 23 March 00:00 CET (22 March 23:00Z) to Monday 30 March 00:00
		// CEST
		// (29 March 22:00Z): 7 × 24 − 1 = 167 h
		InsightWeek week = InsightWeek.parse("2026-W13");
		assertThat(week.start(BERLIN)).isEqualTo(Instant.parse("2026-03-22T23:00:00Z"));
		assertThat(week.end(BERLIN)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
		assertThat(Duration.between(week.start(BERLIN), week.end(BERLIN))).isEqualTo(Duration.ofHours(167));
		assertThat(InsightWeek.of(Instant.parse("2026-03-29T21:59:59Z"), BERLIN)).isEqualTo(week);
		assertThat(InsightWeek.of(Instant.parse("2026-03-29T22:00:00Z"), BERLIN)).hasToString("2026-W14");
	}

	@Test
	void theNewYorkWeekOfTheAutumnChangeHas169Hours() {
		// 2026-W44: Monday 26 October 00:00 EDT (04:00Z) to Monday 2 November 00:00 EST
		// (05:00Z)
		InsightWeek week = InsightWeek.parse("2026-W44");
		assertThat(week.start(NEW_YORK)).isEqualTo(Instant.parse("2026-10-26T04:00:00Z"));
		assertThat(week.end(NEW_YORK)).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
		assertThat(Duration.between(week.start(NEW_YORK), week.end(NEW_YORK))).isEqualTo(Duration.ofHours(169));
	}

	@Test
	void theSameInstantIsInDifferentWeeksInDifferentZones() {
		// Sunday 3 January 2027 23:30Z is Monday 00:30 in Berlin, Sunday 18:30 in New
		// York
		Instant at = Instant.parse("2027-01-03T23:30:00Z");
		assertThat(InsightWeek.of(at, BERLIN)).hasToString("2027-W01");
		assertThat(InsightWeek.of(at, NEW_YORK)).hasToString("2026-W53");
	}

	@Test
	void newYearsDayCanBelongToTheLastWeekOfTheYearBefore() {
		// 2026 starts on a Thursday, so it has 53 ISO weeks; Friday 1 January 2027 is in
		// 2026-W53
		assertThat(InsightWeek.of(Instant.parse("2027-01-01T10:00:00Z"), BERLIN)).isEqualTo(new InsightWeek(2026, 53));
		assertThat(InsightWeek.parse("2027-W01").previous()).hasToString("2026-W53");
		assertThat(InsightWeek.parse("2026-W53").next()).hasToString("2027-W01");
		assertThat(InsightWeek.parse("2026-W53").monday()).hasToString("2026-12-28");
	}

	@Test
	void refusesWeeksThatDoNotExistNamingTheParameter() {
		// 2025 starts on a Wednesday: 52 weeks
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> InsightWeek.parse("2025-W53"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("week"));
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> InsightWeek.parse("2026-13"))
			.withMessageContaining("2026-W13");
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> InsightWeek.parse("2026-W00"));
	}

	@Test
	void weeksSortInTimeOrder() {
		assertThat(InsightWeek.parse("2026-W53")).isLessThan(InsightWeek.parse("2027-W01"))
			.isGreaterThan(InsightWeek.parse("2026-W09"));
	}

}
