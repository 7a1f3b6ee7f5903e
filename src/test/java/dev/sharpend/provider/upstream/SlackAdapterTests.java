package dev.sharpend.provider.upstream;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class SlackAdapterTests {

	@Test
	void showsTheServicesAnActiveIncidentNames() {
		UpstreamReport report = read("slack-current.json");

		assertThat(report.format()).isEqualTo(StatusFormat.SLACK);
		assertThat(report.component("Files")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
		assertThat(report.component("Huddles")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.component("Search")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.OPERATIONAL);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.PARTIAL_OUTAGE);
	}

	@Test
	void readsPacificOffsetsAndNotesOldestFirst() {
		UpstreamEvent incident = read("slack-current.json").event("4242").orElseThrow();

		assertThat(incident.describe())
			.isEqualTo("Incident \"Some users cannot upload files\" is ongoing since 2026-12-01T14:31:09Z");
		assertThat(incident.updates()).extracting(UpstreamUpdate::text)
			.containsExactly("<p>Some users cannot upload files. We are investigating.</p>",
					"<p>We have found the cause and are deploying a fix.</p>");
	}

	@Test
	void okWithoutIncidentsIsOperational() {
		UpstreamReport report = read("slack-ok.json");

		assertThat(report.stated()).isEqualTo(UpstreamStatus.OPERATIONAL);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

}
