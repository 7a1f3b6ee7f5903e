package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class InstatusAdapterTests {

	@Test
	void showsTheActiveIncidentAndTheUpcomingMaintenance() {
		UpstreamReport report = read("instatus-summary.json");

		assertThat(report.format()).isEqualTo(StatusFormat.INSTATUS);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Incident \"Webhooks delayed\" is investigating since 2026-12-01T09:15:00Z");
		UpstreamEvent maintenance = report.event("ckexamplemaint01").orElseThrow();
		assertThat(maintenance.state()).isEqualTo(EventState.SCHEDULED);
		assertThat(maintenance.endedAt()).isEqualTo(Instant.parse("2026-12-05T23:30:00Z"));
	}

	@Test
	void readsTheComponentsObjectWithGroups() {
		UpstreamReport report = read("instatus-components.json");

		assertThat(report.format()).isEqualTo(StatusFormat.INSTATUS);
		assertThat(report.component("Webhooks")).get().satisfies((webhooks) -> {
			assertThat(webhooks.status()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
			assertThat(webhooks.group()).isEqualTo("Delivery");
		});
		assertThat(report.component("Dashboard")).get().extracting(UpstreamComponent::group).isNull();
	}

	@Test
	void readsTheDocumentedListWithChildrenAndTranslatedNames() {
		UpstreamReport report = read("instatus-components-list.json");

		assertThat(report.components()).extracting(UpstreamComponent::name).containsExactly("Paris", "London", "API");
		assertThat(report.component("Paris")).get().satisfies((paris) -> {
			assertThat(paris.group()).isEqualTo("Regions");
			assertThat(paris.status()).isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
		});
		assertThat(report.component("London")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.MAINTENANCE);
	}

	@Test
	void aPageThatIsUpLeavesItsListsOut() {
		UpstreamReport report = StatusReading.read(UpstreamFixtures.text("""
				{"page": {"name": "Example Mailer", "url": "https://status.example.net", "status": "UP"}}"""),
				StatusScope.everything());

		assertThat(report.events()).isEmpty();
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

}
