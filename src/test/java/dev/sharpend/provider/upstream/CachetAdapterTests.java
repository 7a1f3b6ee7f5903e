package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class CachetAdapterTests {

	@Test
	void readsCachet2ComponentsLeavingOutDisabledOnes() {
		UpstreamReport report = read("cachet2-components.json");

		assertThat(report.format()).isEqualTo(StatusFormat.CACHET_2);
		assertThat(report.components()).extracting(UpstreamComponent::name, UpstreamComponent::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Device API", UpstreamStatus.OPERATIONAL),
					org.assertj.core.groups.Tuple.tuple("Things Registry", UpstreamStatus.PARTIAL_OUTAGE));
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void readsCachet2IncidentsWithTimesWithoutOffsetAsUtc() {
		UpstreamReport report = read("cachet2-incidents.json");

		assertThat(report.format()).isEqualTo(StatusFormat.CACHET_2);
		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Incident \"Registry writes fail\" is identified since 2026-11-30T07:50:00Z");
		assertThat(report.event("40")).get().extracting(UpstreamEvent::state).isEqualTo(EventState.RESOLVED);
		assertThat(report.event("41").orElseThrow().componentIds()).containsExactly("2");
	}

	@Test
	void readsCachet3ComponentsIncludingTheUnknownStatus() {
		UpstreamReport report = read("cachet3-components.json");

		assertThat(report.format()).isEqualTo(StatusFormat.CACHET_3);
		assertThat(report.component("Payments")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.component("Reports")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.UNKNOWN);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.DEGRADED);
	}

	@Test
	void readsCachet3IncidentsWithStatusObjects() {
		UpstreamReport report = read("cachet3-incidents.json");

		assertThat(report.format()).isEqualTo(StatusFormat.CACHET_3);
		UpstreamEvent incident = report.event("12").orElseThrow();
		assertThat(incident.state()).isEqualTo(EventState.MONITORING);
		assertThat(incident.startedAt()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));
	}

}
