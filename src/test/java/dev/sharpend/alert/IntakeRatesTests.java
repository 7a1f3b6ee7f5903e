package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.test.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IntakeRatesTests {

	private final MovableClock clock = MovableClock.at(Instant.parse("2026-12-03T12:00:00Z"));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final IntakeRates rates = new IntakeRates(new AlertProperties(null, null, null, null, null, 120),
			new IntakeMetrics(this.registry), this.clock);

	@Test
	void refusesAboveTheIntegrationsOwnRateWithWhenToRetryAndCountsIt() {
		Integration noisy = integration("noisy", 60);
		for (int i = 0; i < 60; i++) {
			assertThat(this.rates.admit(noisy)).isEmpty();
		}
		IntakeRates.Refused refused = this.rates.admit(noisy).orElseThrow();
		assertThat(refused.retryAfterSeconds()).isEqualTo(1);
		assertThat(refused.ratePerMinute()).isEqualTo(60);
		assertThat(refused.message()).contains("noisy", "60 deliveries a minute", "Nothing of this delivery was stored",
				"after 1 s");
		this.rates.admit(noisy);
		assertThat(this.rates.refusedSinceStart(noisy.id())).isEqualTo(2);
		assertThat(this.registry.get("sharpend.intake.refused")
			.tag("integration", noisy.id().toString())
			.tag("reason", "rate")
			.counter()
			.count()).isEqualTo(2);

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.rates.admit(noisy)).isEmpty();
	}

	@Test
	void oneIntegrationOverItsRateLeavesAnotherUntouched() {
		Integration noisy = integration("noisy", 1);
		Integration quiet = integration("quiet", null);
		this.rates.admit(noisy);
		assertThat(this.rates.admit(noisy)).isPresent();
		for (int i = 0; i < 120; i++) {
			assertThat(this.rates.admit(quiet)).as("the default rate, 120 a minute").isEmpty();
		}
		assertThat(this.rates.admit(quiet).orElseThrow().retryAfterSeconds()).isEqualTo(1);
		assertThat(this.rates.refusedSinceStart(quiet.id())).isEqualTo(1);
	}

	@Test
	void aChangedRateTakesEffectAtOnce() {
		Integration before = integration("changing", 1);
		this.rates.admit(before);
		assertThat(this.rates.admit(before).orElseThrow().retryAfterSeconds()).isEqualTo(60);
		Integration after = new Integration(before.id(), before.name(), before.type(), before.keyHint(),
				before.ruleLabels(), before.groupBy(), before.groupWindow(), null, before.createdAt(), null, 10);
		assertThat(this.rates.admit(after)).isEmpty();
	}

	@Test
	void refusesARateOutOfRange() {
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> IntakeRates.check(0));
		assertThatExceptionOfType(RequestRejected.class).isThrownBy(() -> IntakeRates.check(1_000_001));
		IntakeRates.check(null);
		IntakeRates.check(1);
	}

	private Integration integration(String name, Integer rate) {
		return new Integration(UUID.randomUUID(), name, IntegrationType.ALERTMANAGER, "shk_abcd", List.of("alertname"),
				List.of("alertname"), Duration.ofHours(1), null, this.clock.instant(), null, rate);
	}

}
