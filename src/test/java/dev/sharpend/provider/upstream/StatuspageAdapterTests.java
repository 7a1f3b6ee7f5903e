package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class StatuspageAdapterTests {

	@Test
	void showsTheOpenIncidentsImpactWhenThePagesIndicatorUnderstatesIt() {
		UpstreamReport report = read("statuspage-summary.json");

		assertThat(report.format()).isEqualTo(StatusFormat.STATUSPAGE);
		assertThat(report.stated()).isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
		assertThat(report.event("inc0delayed1")).get()
			.extracting(UpstreamEvent::describe)
			.isEqualTo("Incident \"Delayed Actions runs\" is identified since 2026-11-25T14:30:00Z");
	}

	@Test
	void listsComponentsUnderTheirGroupWithoutTheGroupsRolledUpRow() {
		UpstreamReport report = read("statuspage-summary.json");

		assertThat(report.components()).extracting(UpstreamComponent::name)
			.containsExactly("API Requests", "Actions", "Frankfurt", "Amsterdam");
		assertThat(report.component("Actions")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.component("Frankfurt")).get().satisfies((frankfurt) -> {
			assertThat(frankfurt.group()).isEqualTo("Regions");
			assertThat(frankfurt.status()).isEqualTo(UpstreamStatus.DEGRADED);
		});
	}

	@Test
	void readsIncidentUpdatesOldestFirstAndTheAffectedComponents() {
		UpstreamEvent incident = read("statuspage-summary.json").event("inc0delayed1").orElseThrow();

		assertThat(incident.impact()).isEqualTo(Impact.CRITICAL);
		assertThat(incident.componentIds()).containsExactly("cmp0actions1");
		assertThat(incident.updates()).extracting(UpstreamUpdate::state)
			.containsExactly(EventState.INVESTIGATING, EventState.IDENTIFIED);
		assertThat(incident.updates().get(0).at()).isEqualTo(Instant.parse("2026-11-25T14:39:09.600Z"));
		assertThat(incident.url()).isEqualTo("https://stspg.io/exmpl1");
	}

	@Test
	void readsAScheduledMaintenanceWithItsWindowAndDoesNotCountItAsActive() {
		UpstreamReport report = read("statuspage-summary.json");
		UpstreamEvent maintenance = report.event("mnt0database").orElseThrow();

		assertThat(maintenance.kind()).isEqualTo(EventKind.MAINTENANCE);
		assertThat(maintenance.state()).isEqualTo(EventState.SCHEDULED);
		assertThat(maintenance.startedAt()).isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
		assertThat(maintenance.endedAt()).isEqualTo(Instant.parse("2026-11-28T03:00:00Z"));
		assertThat(report.active()).extracting(UpstreamEvent::id).containsExactly("inc0delayed1");
	}

	@Test
	void readsTheShapeBefore2020WithoutStartOrComponentsOnIncidents() {
		UpstreamReport report = read("statuspage-incidents-2019.json");
		UpstreamEvent incident = report.events().get(0);

		assertThat(incident.describe())
			.isEqualTo("Incident \"Sending delayed for some users\" is resolved since 2019-02-20T18:00:19.418Z");
		assertThat(incident.endedAt()).isEqualTo(Instant.parse("2019-02-20T19:40:58.572Z"));
		assertThat(incident.componentIds()).containsExactly("cmp0sending1");
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

	@Test
	void readsTheIncidentIoShimThatSendsNullForEmptyLists() {
		UpstreamReport report = read("incidentio-shim-summary.json");

		assertThat(report.format()).isEqualTo(StatusFormat.STATUSPAGE);
		assertThat(report.events()).isEmpty();
		assertThat(report.components()).extracting(UpstreamComponent::name).containsExactly("API", "Chat");
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

	@Test
	void readsStatusJsonAloneAsThePagesOwnIndicator() {
		UpstreamReport report = StatusReading.read(UpstreamFixtures.text("""
				{"page": {"id": "exmpl0page01", "name": "Example Forge", "url": "https://status.example.com",
				 "updated_at": "2026-12-01T10:00:00Z"},
				 "status": {"indicator": "major", "description": "Partial System Outage"}}"""),
				StatusScope.everything());

		assertThat(report.components()).isEmpty();
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void readsAnInProgressMaintenanceFromTheMaintenancesListAsActive() {
		UpstreamReport report = StatusReading.read(UpstreamFixtures.text("""
				{"page": {"id": "exmpl0page01", "name": "Example Forge"},
				 "scheduled_maintenances": [{"id": "mnt1", "name": "Network upgrade", "status": "in_progress",
				  "impact": "maintenance", "scheduled_for": "2026-12-01T09:00:00Z",
				  "scheduled_until": "2026-12-01T11:00:00Z", "incident_updates": [], "components": []}]}"""),
				StatusScope.everything());

		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Maintenance \"Network upgrade\" is in progress since 2026-12-01T09:00:00Z");
		assertThat(report.overall()).isEqualTo(UpstreamStatus.MAINTENANCE);
	}

}
