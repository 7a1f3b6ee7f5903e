package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.sharpend.insight.Fact.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's pages become interruptions in the band and ISO week of their route's wall
 * clock; the route survives being kept in a fact.
 */
class InterruptionTests {

	private static final UUID SCHEDULE = new UUID(2, 1);

	private static final UUID TEAM = new UUID(1, 1);

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void aRouteIsReadBackAsItWasWritten() {
		Route rotation = new Route(SCHEDULE, TEAM, BERLIN);
		Route direct = new Route(null, TEAM, ZoneId.of("America/New_York"));

		assertThat(Route.parse(rotation.code())).isEqualTo(rotation);
		assertThat(Route.parse(direct.code())).isEqualTo(direct);
		assertThat(direct.code()).isEqualTo("-|00000000-0000-0001-0000-000000000001|America/New_York");
		assertThat(Route.parse("")).isNull();
	}

	@Test
	void theSameUtcHourIsSleepBeforeAndBusinessAfterTheSpringChangeAndWeeksFollowTheWallClock() {
		Route route = new Route(SCHEDULE, TEAM, BERLIN);
		Instant opened = Instant.parse("2026-03-22T20:00:00Z");
		List<Fact> facts = List.of(new Fact(7, Kind.OPENED, opened, "HighLatency", null, 0, 1),
				new Fact(7, Kind.PAGED, Instant.parse("2026-03-23T06:30:00Z"), null, null, 0, 2),
				// Monday 23 March 07:30 CET, two people
				Fact.interrupted(7, Instant.parse("2026-03-23T06:30:00Z"), route, 2),
				// Monday 30 March 08:30 CEST
				Fact.interrupted(7, Instant.parse("2026-03-30T06:30:00Z"), route, 1),
				// Sunday 22 March 23:30 UTC is Monday 00:30 CET: sleep, and already week
				// 13
				Fact.interrupted(7, Instant.parse("2026-03-22T23:30:00Z"), route, 1));

		List<Interruption> pages = Interruption.of(facts);

		assertThat(pages).extracting(Interruption::band)
			.containsExactly(InterruptionBand.SLEEP, InterruptionBand.BUSINESS, InterruptionBand.SLEEP);
		assertThat(pages).extracting((p) -> p.week().toString()).containsExactly("2026-W13", "2026-W14", "2026-W13");
		assertThat(pages).extracting(Interruption::pages).containsExactly(2, 1, 1);
		assertThat(InsightRollup.summary(facts).orElseThrow().pages()).as("interruptions do not count as pages twice")
			.isEqualTo(2);
	}

}
