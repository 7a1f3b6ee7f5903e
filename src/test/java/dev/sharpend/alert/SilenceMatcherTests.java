package dev.sharpend.alert;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.RequestRejected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class SilenceMatcherTests {

	@Test
	void expressionsMatchTheWholeValueAsInAlertmanager() {
		SilenceMatcher staging = new SilenceMatcher("env", "stag.*", true, true);
		assertThat(staging.matches(Map.of("env", "staging"))).isTrue();
		assertThat(staging.matches(Map.of("env", "prestaging"))).isFalse();
		assertThat(new SilenceMatcher("team", "ops|sre", true, false).matches(Map.of("team", "sre"))).isFalse();
		assertThat(new SilenceMatcher("team", "ops|sre", true, false).matches(Map.of("team", "dba"))).isTrue();
		assertThat(new SilenceMatcher("team", "", true, true).matches(Map.of())).isTrue();
	}

	@Test
	void backreferencesAreRefusedNamingTheField() {
		assertThatThrownBy(() -> new SilenceMatcher("probe", "(a+)+\\1b", true, true))
			.isInstanceOfSatisfying(RequestRejected.class, (ex) -> assertThat(ex.field()).isEqualTo("matchers"))
			.hasMessageContaining("RE2");
	}

	@Test
	void nestedRepetitionMatchesInLinearTime() {
		SilenceMatcher nested = new SilenceMatcher("probe", "(a+)+b", true, true);
		String value = "a".repeat(50_000);
		boolean hit = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> nested.matches(Map.of("probe", value)));
		assertThat(hit).isFalse();
		assertThat(nested.matches(Map.of("probe", "aaab"))).isTrue();
	}

	@Test
	void aStoredExpressionRe2RefusesSilencesNothing() {
		SilenceMatcher old = SilenceMatcher.stored("probe", "(a)\\1", true, false);
		assertThat(old.matches(Map.of("probe", "aa"))).isFalse();
		assertThat(old.matches(Map.of("probe", "b"))).isFalse();
	}

}
