package dev.sharpend.statuspage;

import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change made on one node shows on the other node's public JSON within a second, as
 * behind a load balancer that sends the reader elsewhere than the writer.
 */
class StatusPageFreshnessIntegrationTests {

	private static SharpendNode a;

	private static SharpendNode b;

	@BeforeAll
	static void startTwoNodes() {
		Map<String, String> database = TestDatabase.properties();
		a = Launcher.sharpend(database).testAdmin().start();
		b = Launcher.sharpend(database).testAdmin().start();
	}

	@AfterAll
	static void stop() {
		if (b != null) {
			b.close();
		}
		if (a != null) {
			a.close();
		}
	}

	@Test
	void aComponentStatusChangedOnOneNodeShowsInTheOtherNodesSummaryWithinASecond() {
		StatusPageFixtures fx = new StatusPageFixtures(a.port());
		JsonNode page = fx.page("Freshness");
		JsonNode component = fx.component(page, "Checkout");
		String summary = "/p/" + page.get("slug").asString() + "/api/v2/summary.json";
		Api reader = Api.anonymous(b.port());
		poll(reader, summary, (json) -> json.get("components").size() == 1, Duration.ofSeconds(10));

		long start = System.nanoTime();
		Api.Response changed = fx.api()
			.sendJson("PATCH", StatusPageFixtures.pagePath(page) + "/components/" + component.get("id").asString(),
					Map.of("status", "major_outage"));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		Duration visibleAfter = poll(reader, summary,
				(json) -> "major_outage".equals(json.get("components").get(0).get("status").asString()),
				Duration.ofSeconds(5));

		assertThat(visibleAfter).isLessThan(Duration.ofSeconds(1));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void aChangeShowsOnTheNodeThatMadeItAsSoonAsTheCallReturns() {
		StatusPageFixtures fx = new StatusPageFixtures(a.port());
		JsonNode page = fx.page("Local freshness");
		JsonNode component = fx.component(page, "Search");
		fx.api()
			.sendJson("PATCH", StatusPageFixtures.pagePath(page) + "/components/" + component.get("id").asString(),
					Map.of("status", "degraded_performance"));

		JsonNode summary = fx.json(page, "summary.json");
		assertThat(summary.get("components").get(0).get("status").asString()).isEqualTo("degraded_performance");
	}

	/** Polls a document until it satisfies the condition; returns how long that took. */
	private static Duration poll(Api api, String path, Predicate<JsonNode> condition, Duration limit) {
		long start = System.nanoTime();
		Eventually.until(path + " to show the change", limit, () -> api.get(path),
				(response) -> response.status() == 200 && condition.test(response.json()));
		return Duration.ofNanos(System.nanoTime() - start);
	}

}
