package dev.sharpend.home;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgesTests {

	private static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");

	@Test
	void saysHowLongInItsTwoLargestUnits() {
		assertThat(age(Duration.ofSeconds(40))).isEqualTo("under a minute");
		assertThat(age(Duration.ofMinutes(38))).isEqualTo("38 min");
		assertThat(age(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
		assertThat(age(Duration.ofHours(3))).isEqualTo("3 h");
		assertThat(age(Duration.ofHours(76))).isEqualTo("3 d 4 h");
		assertThat(age(Duration.ofDays(3).plusMinutes(20))).isEqualTo("3 d");
	}

	@Test
	void aTimeAheadOfTheClockIsNoAgeAtAll() {
		assertThat(Ages.between(NOW.plusSeconds(90), NOW)).isEqualTo("under a minute");
	}

	private static String age(Duration ago) {
		return Ages.between(NOW.minus(ago), NOW);
	}

}
