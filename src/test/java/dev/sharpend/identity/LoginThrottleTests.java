package dev.sharpend.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private static final String ATTACKER = "203.0.113.7";

	private static final String OWNER = "198.51.100.20";

	private Instant now = Instant.parse("2026-11-24T10:00:00Z");

	private final LoginThrottle throttle = new LoginThrottle(new Clock() {
		@Override
		public Instant instant() {
			return LoginThrottleTests.this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	});

	@Test
	void blocksAClientAfterTenFailuresForAnAddressAndReleasesItAfterTheWindow() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			this.throttle.failed("Ops@Example.com", ATTACKER);
		}
		assertThat(this.throttle.blocked("ops@example.com", ATTACKER)).isFalse();
		this.throttle.failed("ops@example.com", ATTACKER);
		assertThat(this.throttle.blocked("OPS@example.com", ATTACKER)).isTrue();
		assertThat(this.throttle.blocked("someone-else@example.com", ATTACKER)).isFalse();

		this.now = this.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
		assertThat(this.throttle.blocked("ops@example.com", ATTACKER)).isFalse();
	}

	@Test
	void aClientThatHasNotFailedIsNotLockedOutByAnother() {
		for (int i = 0; i < 3 * LoginThrottle.MAX_FAILURES; i++) {
			this.throttle.failed("admin@example.com", ATTACKER);
		}
		assertThat(this.throttle.blocked("admin@example.com", ATTACKER)).isTrue();
		assertThat(this.throttle.blocked("admin@example.com", OWNER)).isFalse();
	}

	@Test
	void guessingFromManyClientsGetsOneTryPerClientOnceTheAddressIsUnderAttack() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			this.throttle.failed("admin@example.com", "192.0.2." + i);
		}
		assertThat(this.throttle.blocked("admin@example.com", "192.0.2.0")).isTrue();
		assertThat(this.throttle.blocked("admin@example.com", "192.0.2.9")).isTrue();
		assertThat(this.throttle.blocked("admin@example.com", OWNER)).isFalse();
		this.throttle.failed("admin@example.com", "192.0.2.200");
		assertThat(this.throttle.blocked("admin@example.com", "192.0.2.200")).isTrue();
	}

	@Test
	void aSuccessfulSignInClearsOnlyThatClientsFailures() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			this.throttle.failed("dev@example.com", OWNER);
			this.throttle.failed("dev@example.com", ATTACKER);
		}
		this.throttle.succeeded("dev@example.com", OWNER);
		this.throttle.failed("dev@example.com", ATTACKER);
		assertThat(this.throttle.blocked("dev@example.com", OWNER)).isFalse();
		assertThat(this.throttle.blocked("dev@example.com", ATTACKER)).isTrue();
	}

	@Test
	void anIpv6ClientCountsByItsSlash64SoRotatingItsAddressDoesNotHelp() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			this.throttle.failed("ops@example.com", "2001:db8:1:2::" + Integer.toHexString(i + 1));
		}
		assertThat(this.throttle.blocked("ops@example.com", "2001:db8:1:2:ffff::9")).isTrue();
		assertThat(this.throttle.blocked("ops@example.com", "2001:db8:1:3::1")).isFalse();
	}

	@Test
	void forgetsAddressesWhoseFailuresAreOlderThanTheWindow() {
		for (int i = 0; i < 1000; i++) {
			this.throttle.failed("user" + i + "@example.com", ATTACKER);
		}
		assertThat(this.throttle.tracked()).isEqualTo(1000);

		this.now = this.now.plus(LoginThrottle.WINDOW).plus(Duration.ofMinutes(1));
		this.throttle.failed("latest@example.com", ATTACKER);

		assertThat(this.throttle.tracked()).isEqualTo(1);
	}

}
