package dev.sharpend.incident;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AlertSeveritiesTests {

	private static final List<Severity> FOUR = List.of(new Severity("SEV1", "a"), new Severity("SEV2", "b"),
			new Severity("SEV3", "c"), new Severity("SEV4", "d"));

	@Test
	void commonSpellingsMapToTheFourLevels() {
		assertThat(code("critical")).isEqualTo("SEV1");
		assertThat(code("Disaster")).isEqualTo("SEV1");
		assertThat(code("error")).isEqualTo("SEV2");
		assertThat(code("high")).isEqualTo("SEV2");
		assertThat(code("warning")).isEqualTo("SEV3");
		assertThat(code(" average ")).isEqualTo("SEV3");
		assertThat(code("info")).isEqualTo("SEV4");
		assertThat(code("P-2")).isEqualTo("SEV2");
	}

	@Test
	void theWorstMappedLabelWinsAndUnknownOnesAreIgnored() {
		assertThat(AlertSeverities.of(List.of("info", "bogus", "critical"), FOUR).code()).isEqualTo("SEV1");
		assertThat(AlertSeverities.of(List.of("bogus"), FOUR)).isNull();
	}

	@Test
	void withFewerSeveritiesLowerLevelsShareTheLeastSevere() {
		List<Severity> two = FOUR.subList(0, 2);
		assertThat(AlertSeverities.of(List.of("warning"), two).code()).isEqualTo("SEV2");
		assertThat(AlertSeverities.of(List.of("critical"), two).code()).isEqualTo("SEV1");
	}

	private static String code(String label) {
		return AlertSeverities.of(List.of(label), FOUR).code();
	}

}
