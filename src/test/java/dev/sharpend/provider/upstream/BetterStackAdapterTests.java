package dev.sharpend.provider.upstream;

import org.junit.jupiter.api.Test;

import static dev.sharpend.provider.upstream.UpstreamFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

class BetterStackAdapterTests {

	@Test
	void showsResourcesInTheirSectionsAndUnmonitoredOnesAsUnknown() {
		UpstreamReport report = read("betterstack-index.json");

		assertThat(report.format()).isEqualTo(StatusFormat.BETTER_STACK);
		assertThat(report.overall()).isEqualTo(UpstreamStatus.DEGRADED);
		assertThat(report.component("Log ingestion EU")).get().satisfies((eu) -> {
			assertThat(eu.status()).isEqualTo(UpstreamStatus.DEGRADED);
			assertThat(eu.group()).isEqualTo("Ingestion");
		});
		assertThat(report.component("Website")).get().satisfies((site) -> {
			assertThat(site.status()).isEqualTo(UpstreamStatus.UNKNOWN);
			assertThat(site.group()).isNull();
		});
	}

	@Test
	void takesAReportWithoutEndButOperationalStateAsResolved() {
		UpstreamReport report = read("betterstack-index.json");

		assertThat(report.event("7002")).get()
			.extracting(UpstreamEvent::state, UpstreamEvent::impact)
			.containsExactly(EventState.RESOLVED, Impact.CRITICAL);
		assertThat(report.active()).extracting(UpstreamEvent::describe)
			.containsExactly("Incident \"Slow ingestion in the EU\" is ongoing since 2026-12-01T07:00:00Z");
		assertThat(report.event("7001").orElseThrow().updates()).extracting(UpstreamUpdate::text)
			.containsExactly("Ingestion in the EU is slower than usual; no logs are lost.");
	}

	@Test
	void readsAMaintenanceAheadAsScheduled() {
		UpstreamEvent maintenance = read("betterstack-index.json").event("7003").orElseThrow();

		assertThat(maintenance.kind()).isEqualTo(EventKind.MAINTENANCE);
		assertThat(maintenance.state()).isEqualTo(EventState.SCHEDULED);
		assertThat(maintenance.componentIds()).containsExactly("9002");
	}

}
