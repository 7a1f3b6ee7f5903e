package dev.sharpend.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.sharpend.incident.ProviderAccuracy.Comparison;
import dev.sharpend.incident.ProviderAccuracy.Signal;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderAccuracyTests {

	private static final Instant UPSTREAM = Instant.parse("2026-12-03T14:02:00Z");

	@Test
	void ourEarliestSignalWithinSixHoursBeforeTheProviderIsTheSameTrouble() {
		Signal tooEarly = new Signal(1, "old", UPSTREAM.minus(Duration.ofHours(7)));
		Signal first = new Signal(2, "API errors", UPSTREAM.minus(Duration.ofMinutes(14)));
		Signal later = new Signal(3, "Deploys stuck", UPSTREAM.minus(Duration.ofMinutes(3)));
		assertThat(ProviderAccuracy.match(UPSTREAM, List.of(tooEarly, first, later))).contains(first);
		Comparison c = new Comparison("Elevated error rates", UPSTREAM, null, first);
		assertThat(c.providerLag()).isEqualTo(Duration.ofMinutes(14));
		assertThat(c.lagText()).isEqualTo("14 min after our first signal");
	}

	@Test
	void whenWeKnewOnlyAfterTheProviderItSpokeFirst() {
		Signal after = new Signal(4, "Checkout slow", UPSTREAM.plus(Duration.ofMinutes(150)));
		Signal muchLater = new Signal(5, "Unrelated", UPSTREAM.plus(Duration.ofHours(7)));
		assertThat(ProviderAccuracy.match(UPSTREAM, List.of(muchLater, after))).contains(after);
		assertThat(new Comparison("Outage", UPSTREAM, null, after).lagText())
			.isEqualTo("2 h 30 min before our first signal");
		assertThat(ProviderAccuracy.match(UPSTREAM, List.of(muchLater))).isEmpty();
		assertThat(new Comparison("Outage", UPSTREAM, null, null).lagText())
			.isEqualTo("no incident of ours within six hours");
	}

}
