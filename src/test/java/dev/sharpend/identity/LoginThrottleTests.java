package dev.sharpend.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

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
	void blocksAnAddressAfterTenFailuresAndReleasesItAfterTheWindow() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			fail("Ops@Example.com");
		}
		assertThat(this.throttle.blocked("ops@example.com")).isFalse();
		fail("ops@example.com");
		assertThat(this.throttle.blocked("OPS@example.com")).isTrue();
		assertThat(this.throttle.blocked("someone-else@example.com")).isFalse();

		this.now = this.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
		assertThat(this.throttle.blocked("ops@example.com")).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsEarlierFailures() {
		for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
			fail("dev@example.com");
		}
		this.throttle.onSuccess(new AuthenticationSuccessEvent(
				UsernamePasswordAuthenticationToken.authenticated("dev@example.com", null, java.util.List.of())));
		fail("dev@example.com");
		assertThat(this.throttle.blocked("dev@example.com")).isFalse();
	}

	private void fail(String email) {
		this.throttle.onFailure(new AuthenticationFailureBadCredentialsEvent(
				UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong"),
				new BadCredentialsException("bad")));
	}

}
