package dev.sharpend.provider.upstream;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class FeedFallbackAdapterTests {

	@Test
	void readsTheLatestStateOfAHistoryEntry() {
		UpstreamReport report = read("statuspage-history.atom");

		assertThat(report.format()).isEqualTo(StatusFormat.FEED);
		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Incident \"Messages delayed in eu-central\" is monitoring since 2026-12-01T09:00:00Z");
		assertThat(report.event("tag:status.example.com,2005:Incident/1000")).get()
			.extracting(UpstreamEvent::state)
			.isEqualTo(EventState.RESOLVED);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.DEGRADED);
	}

	@Test
	void takesAnEntryOlderThanADayWithoutStateAsHistory() {
		UpstreamReport report = read("statuspage-history.atom");

		assertThat(report.event("tag:status.example.com,2005:Incident/999")).get()
			.extracting(UpstreamEvent::state)
			.isEqualTo(EventState.RESOLVED);
	}

}
