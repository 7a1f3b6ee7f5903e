package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentIoAdapterTests {

	@Test
	void showsTheAffectedComponentInItsGroupAndTheOthersOperational() {
		UpstreamReport report = read("incidentio-proxy-summary.json");

		assertThat(report.format()).isEqualTo(StatusFormat.INCIDENT_IO);
		assertThat(report.component("PostgreSQL")).get().satisfies((pg) -> {
			assertThat(pg.status()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
			assertThat(pg.group()).isEqualTo("Managed services");
		});
		assertThat(report.component("Kafka")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.OPERATIONAL);
		assertThat(report.component("Console")).get().extracting(UpstreamComponent::group).isNull();
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void datesAnIncidentFromItsBackDatedFirstUpdate() {
		UpstreamEvent incident = read("incidentio-proxy-summary.json").event("01KEXAMPLEINCIDENT00000A").orElseThrow();

		assertThat(incident.describe())
			.isEqualTo("Incident \"Cloud region me-central-1 unavailable\" is monitoring since 2026-03-01T22:40:00Z");
		assertThat(incident.impact()).isEqualTo(Impact.MAJOR);
		assertThat(incident.endedAt()).isNull();
		assertThat(incident.updates()).extracting(UpstreamUpdate::text)
			.first()
			.isEqualTo("Our cloud provider reports an outage in me-central-1.");
	}

	@Test
	void readsAScheduledMaintenanceWithItsPlannedWindow() {
		UpstreamEvent maintenance = read("incidentio-proxy-summary.json").event("01KEXAMPLEMAINTENANCE00A")
			.orElseThrow();

		assertThat(maintenance.kind()).isEqualTo(EventKind.MAINTENANCE);
		assertThat(maintenance.state()).isEqualTo(EventState.SCHEDULED);
		assertThat(maintenance.startedAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));
		assertThat(maintenance.endedAt()).isEqualTo(Instant.parse("2026-03-10T03:00:00Z"));
		assertThat(maintenance.componentIds()).containsExactly("01HEXAMPLEKAFKA000000000A");
	}

	@Test
	void keepsAReopenedIncidentOpenAtItsLatestState() {
		UpstreamReport history = read("incidentio-proxy-incidents.json");
		UpstreamEvent reopened = history.event("01KGEXAMPLEREOPENED0000A").orElseThrow();

		assertThat(reopened.state()).isEqualTo(EventState.MONITORING);
		assertThat(reopened.endedAt()).isNull();
		assertThat(reopened.impact()).isEqualTo(Impact.MAJOR);
		assertThat(reopened.updates()).extracting(UpstreamUpdate::state)
			.containsExactly(EventState.IDENTIFIED, EventState.MONITORING, EventState.RESOLVED, EventState.IDENTIFIED,
					EventState.MONITORING);
	}

	@Test
	void endsACompletedMaintenanceWhenItsImpactEnded() {
		UpstreamEvent maintenance = read("incidentio-proxy-incidents.json").event("01KFEXAMPLEMAINTENANCE00B")
			.orElseThrow();

		assertThat(maintenance.kind()).isEqualTo(EventKind.MAINTENANCE);
		assertThat(maintenance.state()).isEqualTo(EventState.COMPLETED);
		assertThat(maintenance.startedAt()).isEqualTo(Instant.parse("2026-01-25T00:00:00Z"));
		assertThat(maintenance.endedAt()).isEqualTo(Instant.parse("2026-01-25T02:00:00Z"));
	}

	@Test
	void readsAnEmptyHistoryAsNothingHappened() {
		UpstreamReport history = StatusReading.read(UpstreamFixtures.text("{\"incidents\": []}"),
				StatusScope.everything());

		assertThat(history.format()).isEqualTo(StatusFormat.INCIDENT_IO);
		assertThat(history.events()).isEmpty();
		assertThat(history.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

}
