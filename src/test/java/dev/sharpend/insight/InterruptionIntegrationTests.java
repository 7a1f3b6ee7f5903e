package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.oncall.PageRoute;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.test.Api;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interruptions by band counted from pages on call publishes, around Berlin's change to
 * summer time on Sunday 29 March 2026 (02:00 CET → 03:00 CEST). Each page's local time
 * and band is worked out beside it; "now" is Wednesday 1 April 2026 10:00 UTC, insights'
 * windows in UTC: 7 days from 26 March 00:00, 30 days from 3 March 00:00.
 */
@LoopbackIntegrationTest
class InterruptionIntegrationTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	InsightRollup rollup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Teams teams;

	@Autowired
	Schedules schedules;

	private InsightFixtures history;

	@BeforeEach
	void createIntegration() {
		this.history = new InsightFixtures(this.port, this.clock);
	}

	@AfterEach
	void realTime() {
		this.clock.set(Instant.now());
	}

	@Test
	void pagesAreCountedPerRotationAndTeamInTheBandOfTheRotationsWallClock() {
		Team team = this.teams.create("Payments " + System.nanoTime(), "Europe/Berlin", List.of());
		Schedule primary = this.schedules.create(team.id(), "Primary");
		UUID teamId = team.id().value();
		PageRoute rotation = new PageRoute(primary.id().value(), teamId, BERLIN, 1);
		PageRoute direct = new PageRoute(null, teamId, BERLIN, 1);
		long group = this.history.fire(Instant.parse("2026-03-20T09:00:00Z"));
		this.history.resolve(Instant.parse("2026-03-20T09:05:00Z"));
		// Fri 20 Mar 11:00 CET: business, week 12 (outside the 7 days)
		page(group, "2026-03-20T10:00:00Z", rotation);
		// Fri 27 Mar 07:30 CET: sleep, two people in one step
		page(group, "2026-03-27T06:30:00Z", new PageRoute(primary.id().value(), teamId, BERLIN, 2));
		// Sat 28 Mar 18:30 CET: off-hours
		page(group, "2026-03-28T17:30:00Z", rotation);
		// Mon 30 Mar 08:30 CEST (07:30 a week earlier): business, week 14
		page(group, "2026-03-30T06:30:00Z", rotation);
		// Mon 30 Mar 22:30 CEST, a person paged directly: the team's "no rotation", sleep
		page(group, "2026-03-30T20:30:00Z", direct);
		InsightFixtures.rollUpWhenPaged(group, 5, this.jdbc, this.rollup);
		this.clock.set(NOW);

		JsonNode month = rotations("30d", teamId);
		assertThat(month.size()).isEqualTo(2);
		JsonNode first = month.get(0);
		assertThat(first.get("rotation").get("name").asString()).isEqualTo("Primary");
		assertThat(first.get("team").get("name").asString()).isEqualTo(team.name());
		assertThat(bands(first.get("bands"))).containsExactly(2, 1, 2, 5);
		assertThat(first.get("weeks").valueStream().map((w) -> w.get("week").asString()).toList())
			.containsExactly("2026-W12", "2026-W13", "2026-W14");
		assertThat(bands(first.get("weeks").get(1).get("bands"))).containsExactly(0, 1, 2, 3);
		assertThat(bands(first.get("weeks").get(2).get("bands"))).containsExactly(1, 0, 0, 1);
		JsonNode none = month.get(1);
		assertThat(none.get("rotation").has("id")).as("no schedule, no id").isFalse();
		assertThat(none.get("rotation").get("name").asString()).isEqualTo("No rotation");
		assertThat(bands(none.get("bands"))).containsExactly(0, 0, 1, 1);

		JsonNode week = rotations("7d", teamId);
		assertThat(bands(week.get(0).get("bands"))).as("20 March is before the 7 days").containsExactly(1, 1, 2, 4);
		assertThat(week.get(0).get("weeks").valueStream().map((w) -> w.get("week").asString()).toList())
			.containsExactly("2026-W13", "2026-W14");

		String html = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/insights?window=30d")
			.body();
		assertThat(html).contains("Interruptions by band, last 30 days").contains(team.name());

		// a rebuild from the facts gives the very same figures
		String incremental = admin().get("/api/v1/insights/interruptions?window=90d&size=500").body();
		this.rollup.rebuild();
		assertThat(admin().get("/api/v1/insights/interruptions?window=90d&size=500").body()).isEqualTo(incremental);
		assertThat(admin().get("/api/v1/insights/interruptions?window=1y").status()).isEqualTo(400);
		assertThat(admin().get("/api/v1/insights/interruptions?window=30d&team=" + teamId)
			.json()
			.get("items")
			.valueStream()
			.map((r) -> r.get("rotation").get("name").asString())
			.toList()).containsExactly("Primary", "No rotation");
		Api.Response badTeam = admin().get("/api/v1/insights/interruptions?team=payments");
		assertThat(badTeam.status()).isEqualTo(400);
		assertThat(badTeam.body()).contains("team");
		assertThat(Api.anonymous(this.port).get("/api/v1/insights/interruptions").status()).isEqualTo(401);
	}

	private void page(long group, String at, PageRoute route) {
		InsightFixtures.paged(this.events, this.transactions, group, Instant.parse(at), route);
	}

	private JsonNode rotations(String window, UUID team) {
		JsonNode items = admin().get("/api/v1/insights/interruptions?size=500&window=" + window).json().get("items");
		return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
			.addAll(items.valueStream()
				.filter((r) -> r.get("team").get("id").asString().equals(team.toString()))
				.toList());
	}

	private static List<Integer> bands(JsonNode bands) {
		return List.of(bands.get("business").asInt(), bands.get("offHours").asInt(), bands.get("sleep").asInt(),
				bands.get("total").asInt());
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
