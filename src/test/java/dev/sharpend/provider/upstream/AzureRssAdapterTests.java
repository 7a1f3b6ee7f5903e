package dev.sharpend.provider.upstream;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class AzureRssAdapterTests {

	@Test
	void showsEachItemAsAnOngoingIncidentAffectingItsCategories() {
		UpstreamReport report = read("azure-status.rss");

		assertThat(report.format()).isEqualTo(StatusFormat.AZURE_RSS);
		assertThat(report.active()).hasSize(2);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.event("azure-example-1").orElseThrow().componentIds()).containsExactly("Virtual Machines",
				"West Europe");
	}

	@Test
	void keepsOnlyTheRegionsInScopeWhateverTheirSpelling() {
		UpstreamReport report = read("azure-status.rss", StatusScope.regions("westeurope"));

		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Incident \"Service management operations failing for Virtual Machines - West Europe\""
					+ " is ongoing since 2026-12-01T09:00:00Z");
	}

	@Test
	void aFeedOutsideTheScopeIsOperational() {
		assertThat(read("azure-status.rss", StatusScope.regions("North Europe")).overall())
			.isEqualTo(UpstreamStatus.OPERATIONAL);
	}

}
