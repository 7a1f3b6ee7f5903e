package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class AwsRssAdapterTests {

	@Test
	void aHealthyFeedWithoutItemsIsOperational() {
		UpstreamReport report = read("aws-healthy.rss");

		assertThat(report.format()).isEqualTo(StatusFormat.AWS_RSS);
		assertThat(report.events()).isEmpty();
		assertThat(report.overall()).isEqualTo(UpstreamStatus.OPERATIONAL);
	}

	@Test
	void joinsTheUpdatesOfOneServiceAndRegionIntoOneResolvedEvent() {
		UpstreamReport report = read("aws-all.rss", StatusScope.regions("eu-west-1"));

		assertThat(report.component("ec2-eu-west-1")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.OPERATIONAL);
		UpstreamEvent launches = report.events()
			.stream()
			.filter((e) -> e.componentIds().contains("ec2-eu-west-1"))
			.findFirst()
			.orElseThrow();
		assertThat(launches.title()).isEqualTo("Increased launch failures");
		assertThat(launches.state()).isEqualTo(EventState.RESOLVED);
		assertThat(launches.impact()).isEqualTo(Impact.MAJOR);
		assertThat(launches.startedAt()).isEqualTo(Instant.parse("2026-12-01T08:20:00Z"));
		assertThat(launches.endedAt()).isEqualTo(Instant.parse("2026-12-01T09:40:00Z"));
		assertThat(launches.updates()).hasSize(2);
	}

	@Test
	void leavesOutEventsOfOtherRegionsButKeepsGlobalOnes() {
		UpstreamReport report = read("aws-all.rss", StatusScope.regions("eu-west-1"));

		assertThat(report.components()).extracting(UpstreamComponent::id)
			.containsExactlyInAnyOrder("ec2-eu-west-1", "billingconsole");
		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly(
					"Incident \"Increased error rates for cost reports\" is ongoing since 2026-11-30T22:19:24Z");
		assertThat(report.overall()).isEqualTo(UpstreamStatus.DEGRADED);
	}

	@Test
	void showsARegionWideEventOpenForMonthsOnlyToThoseUsingTheRegion() {
		UpstreamReport everything = read("aws-all.rss");

		assertThat(everything.component("ec2-me-central-1")).get()
			.extracting(UpstreamComponent::status)
			.isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
		assertThat(everything.overall()).isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
		assertThat(read("aws-all.rss", StatusScope.regions("me-central-1")).overall())
			.isEqualTo(UpstreamStatus.MAJOR_OUTAGE);
	}

}
