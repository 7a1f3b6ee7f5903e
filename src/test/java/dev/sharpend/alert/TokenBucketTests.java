package dev.sharpend.alert;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTests {

	private static final Instant START = Instant.parse("2026-12-03T12:00:00Z");

	@Test
	void admitsAMinutesWorthAtOnceThenAsksToWaitForTheNextToken() {
		TokenBucket bucket = new TokenBucket(60, START);
		for (int i = 0; i < 60; i++) {
			assertThat(bucket.take(START)).as("delivery %d", i + 1).isZero();
		}
		assertThat(bucket.take(START)).isEqualTo(Duration.ofSeconds(1));
		assertThat(bucket.take(START.plusMillis(400))).isEqualTo(Duration.ofMillis(600));
	}

	@Test
	void refillsAtTheRateAndNoFaster() {
		TokenBucket bucket = new TokenBucket(60, START);
		drain(bucket, START);
		Instant later = START.plusSeconds(10);
		int admitted = 0;
		while (bucket.take(later).isZero()) {
			admitted++;
		}
		assertThat(admitted).isEqualTo(10);
	}

	@Test
	void holdsNoMoreThanAMinutesWorthAfterALongQuiet() {
		TokenBucket bucket = new TokenBucket(600, START);
		drain(bucket, START);
		Instant muchLater = START.plus(Duration.ofDays(400));
		assertThat(drain(bucket, muchLater)).isEqualTo(600);
		assertThat(bucket.take(muchLater)).isEqualTo(Duration.ofMillis(100));
	}

	@Test
	void aRateOfOneAMinuteWaitsAFullMinute() {
		TokenBucket bucket = new TokenBucket(1, START);
		assertThat(bucket.take(START)).isZero();
		assertThat(bucket.take(START.plusSeconds(59))).isEqualTo(Duration.ofSeconds(1));
		assertThat(bucket.take(START.plusSeconds(60))).isZero();
	}

	@Test
	void aClockSetBackRefillsNothing() {
		TokenBucket bucket = new TokenBucket(60, START);
		drain(bucket, START);
		assertThat(bucket.take(START.minusSeconds(30))).isEqualTo(Duration.ofSeconds(1));
		assertThat(bucket.take(START.plusSeconds(2))).isZero();
		assertThat(bucket.take(START.plusSeconds(2))).isZero();
		assertThat(bucket.take(START.plusSeconds(2))).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void theHighestRateDoesNotOverflow() {
		TokenBucket bucket = new TokenBucket(IntakeRates.MAX_RATE, START);
		assertThat(drain(bucket, START)).isEqualTo(IntakeRates.MAX_RATE);
		assertThat(bucket.take(START.plusSeconds(1_000_000_000L))).isZero();
	}

	private static int drain(TokenBucket bucket, Instant at) {
		int admitted = 0;
		while (bucket.take(at).isZero()) {
			admitted++;
		}
		return admitted;
	}

}
