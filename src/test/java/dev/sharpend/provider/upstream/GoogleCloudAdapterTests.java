package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class GoogleCloudAdapterTests {

	@Test
	void showsEveryIncidentWithoutAScope() {
		UpstreamReport report = read("google-cloud-incidents.json");

		assertThat(report.format()).isEqualTo(StatusFormat.GOOGLE_CLOUD);
		assertThat(report.events()).hasSize(3);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
		assertThat(report.component("Cloud Storage")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.OPERATIONAL);
	}

	@Test
	void keepsOnlyTheProductsAndLocationsInScope() {
		UpstreamReport report = read("google-cloud-incidents.json",
				StatusScope.products("Cloud SQL").inLocations("europe-west1"));

		assertThat(report.events()).extracting(UpstreamEvent::describe)
			.containsExactly(
					"Incident \"Cloud SQL instances fail to start in europe-west1\" is ongoing since 2026-12-01T09:12:00Z");
		assertThat(report.component("Cloud SQL")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void matchesLocationsByTitleAndPreviouslyAffectedOnes() {
		UpstreamReport report = read("google-cloud-incidents.json",
				StatusScope.products("Cloud Storage").inLocations("Belgium (europe-west1)"));

		UpstreamEvent resolved = report.events().get(0);
		assertThat(resolved.state()).isEqualTo(EventState.RESOLVED);
		assertThat(resolved.endedAt()).isEqualTo(Instant.parse("2026-11-20T10:30:00Z"));
		assertThat(resolved.url()).isEqualTo("https://status.cloud.google.com/incidents/exAmPlE3resolved");
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

	@Test
	void showsNothingForAProductWithoutIncidents() {
		UpstreamReport report = read("google-cloud-incidents.json", StatusScope.products("Cloud Run"));

		assertThat(report.events()).isEmpty();
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

}
