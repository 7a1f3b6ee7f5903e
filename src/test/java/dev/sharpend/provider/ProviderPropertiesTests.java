package dev.sharpend.provider;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The maintenance reminder's lead: a day unless set, none when set to zero. */
class ProviderPropertiesTests {

	@Test
	void remindsADayAheadUnlessToldOtherwiseAndNotAtAllForZero() {
		assertThat(properties(null).maintenanceReminder()).isEqualTo(Duration.ofHours(24));
		assertThat(properties(Duration.ofHours(2)).maintenanceReminder()).isEqualTo(Duration.ofHours(2));
		assertThat(properties(Duration.ZERO).maintenanceReminder()).isZero();
		assertThat(properties(Duration.ofHours(-1)).maintenanceReminder()).as("a negative lead sends none").isZero();
	}

	private static ProviderProperties properties(Duration reminder) {
		return new ProviderProperties(null, null, false, null, null, reminder);
	}

}
