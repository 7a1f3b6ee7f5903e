package dev.sharpend.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewPropertiesTests {

	private static final Instant EVENING_IN_LONDON = Instant.parse("2026-11-24T20:00:00Z");

	@Test
	void aTeamInAucklandIsAlreadyOnTomorrowsDueDates() {
		ReviewProperties auckland = new ReviewProperties(null, ZoneId.of("Pacific/Auckland"));

		assertThat(auckland.day(EVENING_IN_LONDON)).isEqualTo(LocalDate.of(2026, 11, 25));
	}

	@Test
	void withoutATimeZoneDaysAreUtcDays() {
		ReviewProperties defaults = new ReviewProperties(Duration.ofMinutes(5), null);

		assertThat(defaults.day(EVENING_IN_LONDON)).isEqualTo(LocalDate.of(2026, 11, 24));
		assertThat(defaults.reminderInterval()).isEqualTo(Duration.ofMinutes(5));
	}

}
