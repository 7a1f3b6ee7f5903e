package dev.sharpend.incident.web;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ElapsedTests {

	private static final Instant DECLARED = Instant.parse("2026-12-02T10:00:00Z");

	@Test
	void anOpenIncidentCountsFromItsDeclarationToNow() {
		Incident open = incident(IncidentStatus.INVESTIGATING, null);

		assertThat(Elapsed.of(open, DECLARED.plusSeconds(30))).isEqualTo("open under a minute");
		assertThat(Elapsed.of(open, DECLARED.plus(Duration.ofMinutes(38)))).isEqualTo("open 38 min");
		assertThat(Elapsed.of(open, DECLARED.plus(Duration.ofMinutes(130)))).isEqualTo("open 2 h 10 min");
		assertThat(Elapsed.of(open, DECLARED.plus(Duration.ofHours(3)))).isEqualTo("open 3 h");
		assertThat(Elapsed.of(open, DECLARED.plus(Duration.ofHours(75)))).isEqualTo("open 3 d 3 h");
	}

	@Test
	void aResolvedIncidentStopsCountingAtItsResolution() {
		Incident resolved = incident(IncidentStatus.RESOLVED, DECLARED.plus(Duration.ofMinutes(130)));

		assertThat(Elapsed.of(resolved, DECLARED.plus(Duration.ofDays(9)))).isEqualTo("resolved after 2 h 10 min");
	}

	private static Incident incident(IncidentStatus status, Instant resolvedAt) {
		return new Incident(1, "t", "", "SEV2", status, DECLARED, "a@example.com", null, resolvedAt, null, DECLARED, 1);
	}

}
