package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.sharpend.insight.InterruptionBand.BUSINESS;
import static dev.sharpend.insight.InterruptionBand.OFF_HOURS;
import static dev.sharpend.insight.InterruptionBand.SLEEP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bands on the rotation's wall clock. Instants are written in UTC with the local time
 * worked out beside them, so each expectation can be checked by hand.
 */
class InterruptionBandTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void aWeekdayHasSleepBusinessOffHoursAndSleepAgain() {
		// Wednesday 2 December 2026, Berlin on CET (UTC+1)
		assertThat(band("2026-12-02T06:59:00Z", BERLIN)).isEqualTo(SLEEP); // 07:59
		assertThat(band("2026-12-02T07:00:00Z", BERLIN)).isEqualTo(BUSINESS); // 08:00
		assertThat(band("2026-12-02T16:59:00Z", BERLIN)).isEqualTo(BUSINESS); // 17:59
		assertThat(band("2026-12-02T17:00:00Z", BERLIN)).isEqualTo(OFF_HOURS); // 18:00
		assertThat(band("2026-12-02T20:59:00Z", BERLIN)).isEqualTo(OFF_HOURS); // 21:59
		assertThat(band("2026-12-02T21:00:00Z", BERLIN)).isEqualTo(SLEEP); // 22:00
	}

	@Test
	void weekendDaysAreOffHoursAndWeekendNightsSleep() {
		// Saturday 5 and Sunday 6 December 2026, CET
		assertThat(band("2026-12-05T09:00:00Z", BERLIN)).isEqualTo(OFF_HOURS); // Sat
																				// 10:00
		assertThat(band("2026-12-05T22:00:00Z", BERLIN)).isEqualTo(SLEEP); // Sat 23:00
		assertThat(band("2026-12-06T06:59:00Z", BERLIN)).isEqualTo(SLEEP); // Sun 07:59
		assertThat(band("2026-12-06T07:00:00Z", BERLIN)).isEqualTo(OFF_HOURS); // Sun
																				// 08:00
		assertThat(band("2026-12-04T21:30:00Z", BERLIN)).isEqualTo(SLEEP); // Fri 22:30
		assertThat(band("2026-12-07T06:30:00Z", BERLIN)).isEqualTo(SLEEP); // Mon 07:30
	}

	@Test
	void berlinBandsFollowTheClockAcrossBothChanges() {
		// Sunday 29 March 2026, 02:00 CET → 03:00 CEST: 06:30Z is 08:30, no longer 07:30
		assertThat(band("2026-03-29T06:30:00Z", BERLIN)).isEqualTo(OFF_HOURS);
		// Monday 30 March, CEST: 06:30Z is 08:30; a week earlier (CET) it was 07:30
		assertThat(band("2026-03-30T06:30:00Z", BERLIN)).isEqualTo(BUSINESS);
		assertThat(band("2026-03-23T06:30:00Z", BERLIN)).isEqualTo(SLEEP);
		// Sunday 25 October 2026, 03:00 CEST → 02:00 CET: 02:30 happens twice, sleep both
		// times
		assertThat(band("2026-10-25T00:30:00Z", BERLIN)).isEqualTo(SLEEP);
		assertThat(band("2026-10-25T01:30:00Z", BERLIN)).isEqualTo(SLEEP);
		// Monday 26 October, CET: 06:30Z is 07:30; the Monday before (CEST) it was 08:30
		assertThat(band("2026-10-26T06:30:00Z", BERLIN)).isEqualTo(SLEEP);
		assertThat(band("2026-10-19T06:30:00Z", BERLIN)).isEqualTo(BUSINESS);
	}

	@Test
	void newYorkBandsFollowTheClockAcrossBothChanges() {
		// Sunday 8 March 2026, 02:00 EST → 03:00 EDT
		assertThat(band("2026-03-06T12:30:00Z", NEW_YORK)).isEqualTo(SLEEP); // Fri 07:30
																				// EST
		assertThat(band("2026-03-09T12:30:00Z", NEW_YORK)).isEqualTo(BUSINESS); // Mon
																				// 08:30
																				// EDT
		// Sunday 1 November 2026, 02:00 EDT → 01:00 EST
		assertThat(band("2026-10-30T22:30:00Z", NEW_YORK)).isEqualTo(OFF_HOURS); // Fri
																					// 18:30
																					// EDT
		assertThat(band("2026-11-02T22:30:00Z", NEW_YORK)).isEqualTo(BUSINESS); // Mon
																				// 17:30
																				// EST
	}

	@Test
	void countsEveryPageInOneBandPerRotationZone() {
		List<Instant> pages = List.of(Instant.parse("2026-12-02T07:00:00Z"), Instant.parse("2026-12-02T17:00:00Z"),
				Instant.parse("2026-12-02T21:00:00Z"), Instant.parse("2026-12-03T02:00:00Z"));
		// Berlin (UTC+1): 08:00, 18:00, 22:00, 03:00
		assertThat(InterruptionBand.count(pages, BERLIN)).isEqualTo(Map.of(BUSINESS, 1, OFF_HOURS, 1, SLEEP, 2));
		// New York (UTC−5): 02:00, 12:00, 16:00, 21:00 (Wednesday)
		assertThat(InterruptionBand.count(pages, NEW_YORK)).isEqualTo(Map.of(BUSINESS, 2, OFF_HOURS, 1, SLEEP, 1));
		assertThat(InterruptionBand.count(List.of(), BERLIN)).isEqualTo(Map.of(BUSINESS, 0, OFF_HOURS, 0, SLEEP, 0));
	}

	private static InterruptionBand band(String utc, ZoneId zone) {
		return InterruptionBand.of(Instant.parse(utc), zone);
	}

}
