package dev.sharpend.oncall;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactNotifierTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void duringBusinessHoursALowUrgencyContactGoesAtOnce() {
		Instant wednesdayNoon = Instant.parse("2027-03-31T10:00:00Z");
		assertThat(ContactNotifier.businessHours(wednesdayNoon, BERLIN)).isEqualTo(wednesdayNoon);
	}

	@Test
	void atSixInTheEveningItWaitsForTheNextMorning() {
		assertThat(ContactNotifier.businessHours(Instant.parse("2027-03-31T16:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2027-04-01T06:00:00Z"));
	}

	@Test
	void onAWeekendThatCrossesTheClockChangeItWaitsForMondayEightLocalTime() {
		// Saturday 27 March 2027 in winter time; Monday 29 March is summer time (UTC+2).
		assertThat(ContactNotifier.businessHours(Instant.parse("2027-03-27T12:00:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2027-03-29T06:00:00Z"));
	}

	@Test
	void beforeEightOnAWeekdayItWaitsForEightTheSameDay() {
		assertThat(ContactNotifier.businessHours(Instant.parse("2027-01-05T05:59:00Z"), BERLIN))
			.isEqualTo(Instant.parse("2027-01-05T07:00:00Z"));
	}

}
