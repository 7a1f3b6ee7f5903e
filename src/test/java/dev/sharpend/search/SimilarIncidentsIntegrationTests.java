package dev.sharpend.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.search.SearchFixtures.expect;
import static dev.sharpend.search.SearchFixtures.q;
import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class SimilarIncidentsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aSharedAlertRuleRanksAbovePastIncidentsThatOnlyShareWords() {
		SearchFixtures fx = new SearchFixtures(this.port);
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long group = fx.alertGroup("QueueBacklog" + word);
		long sameWords = fx.declare("Queue " + word + " backlog growing on workers", "summary",
				"Workers fell behind on the " + word + " queue");
		long sameRule = fx.declare("Slow consumers", "alertGroups", List.of(group));
		fx.refute(sameRule, "The broker ran out of disk");
		fx.resolve(sameRule);
		long unrelated = fx.declare("Login page typo");
		long current = fx.declare("Queue " + word + " backlog growing again", "alertGroups", List.of(group));
		// "Slow consumers" shares only the rule, whose name glues the word to
		// "QueueBacklog"
		fx.searchUntil(q(word) + "&type=incident", (r) -> r.get("total").asLong() == 2);

		JsonNode similar = SearchFixtures.eventually(
				() -> SearchFixtures.expect(200, fx.admin().get("/api/v1/incidents/" + current + "/similar")),
				(r) -> r.get("items").size() >= 2 && !r.get("items").get(0).get("sharedAlertRules").isEmpty());

		List<Long> numbers = similar.get("items").valueStream().map((i) -> i.get("incident").asLong()).toList();
		assertThat(numbers).startsWith(sameRule, sameWords).doesNotContain(current, unrelated);
		JsonNode first = similar.get("items").get(0);
		assertThat(first.get("sharedAlertRules").get(0).asString()).contains("QueueBacklog" + word);
		assertThat(first.get("ruledOut").get(0).asString()).isEqualTo("The broker ran out of disk");
	}

	@Test
	void theOpenIncidentPageShowsSimilarIncidentsWithWhatWasRuledOut() {
		SearchFixtures fx = new SearchFixtures(this.port);
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long group = fx.alertGroup("CacheMiss" + word);
		long past = fx.declare("Cache " + word + " stampede", "alertGroups", List.of(group));
		fx.refute(past, "A deploy changed the cache keys");
		fx.resolve(past);
		long current = fx.declare("Cache " + word + " misses", "alertGroups", List.of(group));
		fx.searchUntil(q(word) + "&type=incident", (r) -> r.get("total").asLong() == 2);
		SearchFixtures.eventually(() -> fx.admin().get("/api/v1/incidents/" + current + "/similar").json(),
				// other tests' incidents may share words and follow it; the one sharing
				// the rule
				// comes first
				(r) -> !r.get("items").isEmpty() && !r.get("items").get(0).get("sharedAlertRules").isEmpty());
		Api browser = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);

		String html = browser.getHtml("/response/incidents/" + current).body();

		assertThat(html).contains("Similar incidents")
			.contains("INC-" + past + " Cache " + word + " stampede")
			.contains("Ruled out back then")
			.contains("A deploy changed the cache keys");

		fx.admin().sendJson("PATCH", "/api/v1/incidents/" + current, java.util.Map.of("status", "resolved"));
		Api.Response resolved = browser.getHtml("/response/incidents/" + current);
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.body()).as("only open incidents show the panel").doesNotContain("Similar incidents");
	}

	@Test
	void similarIncidentsCarryTheFactorsAndOpenActionsOfTheirReviews() {
		SearchFixtures fx = new SearchFixtures(this.port);
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		long group = fx.alertGroup("DiskFull" + word);
		long past = fx.declare("Disk " + word + " full on the database", "alertGroups", List.of(group));
		expect(200, fx.admin().sendJson("PATCH", "/api/v1/incidents/" + past, Map.of("status", "resolved")));
		long review = expect(201, fx.admin().postJson("/api/v1/reviews", Map.of("incident", past))).get("id").asLong();
		String path = "/api/v1/reviews/" + review;
		expect(201, fx.admin()
			.postJson(path + "/factors", Map.of("type", "technical", "description", "Log rotation was off")));
		expect(201, fx.admin()
			.postJson(path + "/mitigators", Map.of("type", "tooling", "description", "Disk alerts fired early")));
		expect(201, fx.admin().postJson(path + "/action-items", Map.of("title", "Turn log rotation on")));
		long done = expect(201, fx.admin().postJson(path + "/action-items", Map.of("title", "Page the owner")))
			.get("id")
			.asLong();
		expect(200, fx.admin().sendJson("PATCH", path + "/action-items/" + done, Map.of("status", "done")));
		expect(200, fx.admin().sendJson("PATCH", path, Map.of("status", "in_review")));
		expect(200, fx.admin().sendJson("PATCH", path, Map.of("status", "published")));
		long current = fx.declare("Disk " + word + " filling again", "alertGroups", List.of(group));

		JsonNode lessons = SearchFixtures
			.eventually(() -> expect(200, fx.admin().get("/api/v1/incidents/" + current + "/similar")),
					(r) -> r.get("items")
						.valueStream()
						.anyMatch((i) -> i.get("incident").asLong() == past && i.hasNonNull("lessons")
								&& i.get("lessons").get("openActions").size() == 1))
			.get("items")
			.valueStream()
			.filter((i) -> i.get("incident").asLong() == past)
			.findFirst()
			.orElseThrow()
			.get("lessons");

		assertThat(lessons.get("reviewUrl").asString()).isEqualTo("/reviews/" + review);
		assertThat(lessons.get("factors").valueStream().map((f) -> f.get("description").asString()))
			.as("contributing factors, not mitigators")
			.containsExactly("Log rotation was off");
		assertThat(lessons.get("openActions").valueStream().map((a) -> a.get("title").asString()))
			.containsExactly("Turn log rotation on");
	}

}
