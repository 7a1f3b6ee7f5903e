package dev.sharpend.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a status incident leaves on the record: a resolved one still tells how bad it was
 * and what it affected, and one recorded after the fact lands on the days it happened.
 */
@SharpendIntegrationTest
class IncidentRecordIntegrationTests {

	private static final Pattern NOTABLE_DAY = Pattern.compile("<li>(\\d{4}-\\d{2}-\\d{2})\n([^<]*)</li>");

	@LocalServerPort
	int port;

	@Test
	void aResolvedIncidentKeepsItsImpactAndTheComponentsItAffected() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Kept record");
		JsonNode api = fx.component(page, "API");
		JsonNode checkout = fx.component(page, "Checkout");
		JsonNode incident = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "Payments failing", "body", "Payments fail for many.", "components",
							Map.of(id(api), "partial_outage", id(checkout), "degraded_performance"))));
		created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + id(incident) + "/updates",
					Map.of("status", "resolved", "body", "Payments work again.", "components",
							Map.of(id(api), "operational", id(checkout), "operational"))));

		JsonNode listed = fx.json(page, "incidents.json").get("incidents").get(0);
		assertThat(listed.get("status").asString()).isEqualTo("resolved");
		assertThat(listed.get("impact").asString()).isEqualTo("major");
		assertThat(listed.get("components").valueStream().map((c) -> c.get("name").asString()))
			.containsExactlyInAnyOrder("API", "Checkout");

		String slug = page.get("slug").asString();
		String detail = awaitPublic("/p/" + slug + "/incidents/" + id(incident), "Resolved");
		assertThat(detail).contains("impact-major")
			.containsPattern("<dt>Impact</dt>\\s*<dd>Major</dd>")
			.contains("This incident affected: API, Checkout")
			.as("no current status beside a component it affected")
			.doesNotContain("class=\"affected\"");
		String history = awaitPublic("/p/" + slug + "/history", "Payments failing");
		assertThat(history).contains("Impact: Major").contains("This incident affected: API, Checkout");
		String atom = awaitPublic("/p/" + slug + "/history.atom", "Payments failing");
		assertThat(atom).contains("Impact: Major").contains("This incident affected: API, Checkout");
	}

	@Test
	void aBackfilledIncidentShowsItsOutageOnTheDayItHappenedAndNotToday() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = utcPage(fx, "Migrated history");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		JsonNode api = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/components",
					Map.of("name", "API", "startDate", today.minusDays(10).toString())));
		Instant started = today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(2));
		Instant resolved = started.plus(Duration.ofHours(6));

		JsonNode incident = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "API down", "body", "The API answers 503.", "displayAt", started.toString(),
							"components", Map.of(id(api), "major_outage"))));
		created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + id(incident) + "/updates",
					Map.of("status", "resolved", "body", "Fixed.", "displayAt", resolved.toString(), "components",
							Map.of(id(api), "operational"))));

		assertThat(fx.json(page, "components.json").get("components").get(0).get("status").asString())
			.isEqualTo("operational");
		JsonNode listed = fx.json(page, "incidents.json").get("incidents").get(0);
		assertThat(listed.get("impact").asString()).isEqualTo("critical");
		assertThat(listed.get("started_at").asString()).startsWith(today.minusDays(3).toString());
		String slug = page.get("slug").asString();
		awaitPublic("/p/" + slug + "/history", "Fixed.");
		String html = Api.anonymous(this.port).get("/p/" + slug + "/").body();
		Map<String, String> notable = notableDays(html);
		assertThat(notable).as("only the day it happened has issues").containsOnlyKeys(today.minusDays(3).toString());
		assertThat(notable.get(today.minusDays(3).toString())).contains("Major outage: 6 h")
			.contains("Incident: API down");
		// 6 hours down out of the 9 days and part of today the component has existed:
		// well below 100 %, and far above what a whole day down would give.
		Matcher uptime = Pattern.compile("API: ([0-9.]+) % uptime over 90 days, ([0-9.]+) % over 30 days")
			.matcher(html);
		assertThat(uptime.find()).isTrue();
		assertThat(Double.parseDouble(uptime.group(2))).isBetween(96.0, 98.0);
	}

	@Test
	void aBackfilledIncidentThatIsStillOpenHoldsItsStatusUntilNow() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = utcPage(fx, "Open backfill");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		JsonNode api = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/components",
					Map.of("name", "API", "startDate", today.minusDays(10).toString())));
		Instant started = today.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(20));

		created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "Slow API", "body", "Slow since the evening.", "displayAt", started.toString(),
							"components", Map.of(id(api), "partial_outage"))));

		assertThat(fx.json(page, "components.json").get("components").get(0).get("status").asString())
			.isEqualTo("partial_outage");
		String html = awaitPublic("/p/" + page.get("slug").asString() + "/", "Slow since the evening.");
		assertThat(notableDays(html)).containsOnlyKeys(today.minusDays(2).toString(), today.minusDays(1).toString(),
				today.toString());
		assertThat(notableDays(html).get(today.minusDays(1).toString())).contains("Partial outage: 24 h");
	}

	private static JsonNode utcPage(StatusPageFixtures fx, String name) {
		String slug = "p-" + UUID.randomUUID().toString().substring(0, 8);
		return created(
				fx.api().postJson("/api/v1/status-pages", Map.of("name", name, "slug", slug, "timeZone", "UTC")));
	}

	/** The days the uptime bars list for screen readers as having issues, with what. */
	private static Map<String, String> notableDays(String html) {
		Map<String, String> days = new java.util.LinkedHashMap<>();
		Matcher matcher = NOTABLE_DAY.matcher(html);
		while (matcher.find()) {
			days.put(matcher.group(1), matcher.group(2));
		}
		return days;
	}

	private String awaitPublic(String path, String expected) {
		return Eventually
			.until(path + " to show " + expected, () -> Api.anonymous(this.port).get(path),
					(response) -> response.status() == 200 && response.body().contains(expected))
			.body();
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
	}

}
