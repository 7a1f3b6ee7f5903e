package dev.sharpend.statuspage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Statuspage-compatible documents, checked field by field against the documented
 * shape.
 */
@SharpendIntegrationTest
class StatusApiV2IntegrationTests {

	private static final List<String> PAGE_FIELDS = List.of("id", "name", "url", "time_zone", "updated_at");

	private static final List<String> COMPONENT_FIELDS = List.of("id", "name", "status", "created_at", "updated_at",
			"position", "description", "showcase", "start_date", "group_id", "page_id", "group",
			"only_show_if_degraded");

	private static final List<String> INCIDENT_FIELDS = List.of("id", "name", "status", "created_at", "updated_at",
			"monitoring_at", "resolved_at", "impact", "shortlink", "started_at", "page_id", "incident_updates",
			"components", "reminder_intervals");

	private static final List<String> UPDATE_FIELDS = List.of("id", "status", "body", "incident_id", "created_at",
			"updated_at", "display_at", "affected_components", "deliver_notifications", "custom_tweet", "tweet_id");

	@LocalServerPort
	int port;

	@Test
	void summaryHasThePageComponentsOpenIncidentsMaintenancesAndStatus() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Acme");
		JsonNode api = fx.component(page, "API");
		JsonNode group = fx.group(page, "Regions");
		JsonNode eu = fx.member(page, group, "EU");
		JsonNode incident = fx.incident(page, "Elevated errors", api, "partial_outage");

		JsonNode summary = fx.json(page, "summary.json");
		assertThat(names(summary)).containsExactly("page", "components", "incidents", "scheduled_maintenances",
				"status");
		assertThat(names(summary.get("page"))).containsExactlyElementsOf(PAGE_FIELDS);
		assertThat(summary.get("page").get("id").asString()).isEqualTo(page.get("id").asString());
		assertThat(summary.get("page").get("url").asString()).endsWith("/p/" + page.get("slug").asString());

		JsonNode components = summary.get("components");
		assertThat(StatusPageFixtures.ids(components)).containsExactly(api.get("id").asString(),
				group.get("id").asString(), eu.get("id").asString());
		assertThat(names(components.get(0))).containsExactlyElementsOf(COMPONENT_FIELDS);
		assertThat(components.get(0).get("status").asString()).isEqualTo("partial_outage");
		assertThat(components.get(0).get("description").isNull()).isTrue();
		assertThat(components.get(1).get("group").asBoolean()).isTrue();
		assertThat(components.get(1).get("components").get(0).asString()).isEqualTo(eu.get("id").asString());
		assertThat(components.get(2).get("group_id").asString()).isEqualTo(group.get("id").asString());

		JsonNode open = summary.get("incidents").get(0);
		assertThat(names(open)).containsExactlyElementsOf(INCIDENT_FIELDS);
		assertThat(open.get("id").asString()).isEqualTo(incident.get("id").asString());
		assertThat(open.get("status").asString()).isEqualTo("investigating");
		assertThat(open.get("impact").asString()).isEqualTo("major");
		assertThat(open.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		JsonNode update = open.get("incident_updates").get(0);
		assertThat(names(update)).containsExactlyElementsOf(UPDATE_FIELDS);
		assertThat(update.get("affected_components").get(0).get("old_status").asString()).isEqualTo("operational");
		assertThat(update.get("affected_components").get(0).get("new_status").asString()).isEqualTo("partial_outage");
		assertThat(open.get("components").get(0).get("id").asString()).isEqualTo(api.get("id").asString());

		assertThat(summary.get("status").get("indicator").asString()).isEqualTo("major");
		assertThat(summary.get("status").get("description").asString()).isEqualTo("Partial System Outage");
	}

	@Test
	void resolvingRestoresOperationalStatusAndMovesTheIncidentOutOfUnresolved() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Resolving");
		JsonNode db = fx.component(page, "Database");
		JsonNode incident = fx.incident(page, "Slow queries", db, "degraded_performance");
		assertThat(fx.json(page, "incidents/unresolved.json").get("incidents")).hasSize(1);
		assertThat(fx.json(page, "status.json").get("status").get("description").asString())
			.isEqualTo("Partially Degraded Service");

		Api.Response monitoring = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + incident.get("id").asString() + "/updates",
					Map.of("status", "monitoring", "body", "A fix is deployed."));
		assertThat(monitoring.status()).isEqualTo(201);
		Api.Response resolved = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + incident.get("id").asString() + "/updates",
					Map.of("status", "resolved", "body", "All good.", "components",
							Map.of(db.get("id").asString(), "operational")));
		assertThat(resolved.status()).isEqualTo(201);

		assertThat(fx.json(page, "incidents/unresolved.json").get("incidents")).isEmpty();
		JsonNode all = fx.json(page, "incidents.json").get("incidents").get(0);
		assertThat(all.get("status").asString()).isEqualTo("resolved");
		assertThat(all.get("monitoring_at").isNull()).isFalse();
		assertThat(all.get("resolved_at").isNull()).isFalse();
		assertThat(all.get("incident_updates")).hasSize(3);
		assertThat(all.get("incident_updates").get(0).get("status").asString()).isEqualTo("resolved");
		JsonNode status = fx.json(page, "status.json");
		assertThat(names(status)).containsExactly("page", "status");
		assertThat(status.get("status").get("indicator").asString()).isEqualTo("none");
		assertThat(status.get("status").get("description").asString()).isEqualTo("All Systems Operational");
		assertThat(fx.json(page, "components.json").get("components").get(0).get("status").asString())
			.isEqualTo("operational");
	}

	@Test
	void maintenancesAppearAsUpcomingWithTheirScheduleAndMaintenanceImpact() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Maintained");
		JsonNode web = fx.component(page, "Web");
		Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		Api.Response created = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/maintenances",
					Map.of("name", "Database upgrade", "body", "We upgrade the database.", "componentIds",
							List.of(web.get("id").asString()), "scheduledFor", start.toString(), "scheduledUntil",
							start.plus(1, ChronoUnit.HOURS).toString()));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);

		JsonNode upcoming = fx.json(page, "scheduled-maintenances/upcoming.json").get("scheduled_maintenances").get(0);
		assertThat(upcoming.get("status").asString()).isEqualTo("scheduled");
		assertThat(upcoming.get("impact").asString()).isEqualTo("maintenance");
		assertThat(upcoming.get("scheduled_for").asString()).isEqualTo(start.toString().replace("Z", ".000Z"));
		assertThat(upcoming.has("scheduled_until")).isTrue();
		assertThat(upcoming.get("components").get(0).get("id").asString()).isEqualTo(web.get("id").asString());
		assertThat(fx.json(page, "scheduled-maintenances/active.json").get("scheduled_maintenances")).isEmpty();
		assertThat(fx.json(page, "scheduled-maintenances.json").get("scheduled_maintenances")).hasSize(1);
		assertThat(fx.json(page, "summary.json").get("scheduled_maintenances")).hasSize(1);
	}

	@Test
	void conditionalGetAnswers304AndBodiesComeGzipped() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Cached");
		String path = "/p/" + page.get("slug").asString() + "/api/v2/summary.json";
		Api.Response first = Api.anonymous(this.port).get(path);
		assertThat(first.header("ETag")).isNotBlank();
		assertThat(first.header("Cache-Control")).contains("public").contains("max-age");
		assertThat(first.header("Last-Modified")).isNotBlank();
		assertThat(
				Api.anonymous(this.port).getWithHeaders(path, Map.of("If-None-Match", first.header("ETag"))).status())
			.isEqualTo(304);
		Api.Response gzipped = Api.anonymous(this.port).getWithHeaders(path, Map.of("Accept-Encoding", "gzip"));
		assertThat(gzipped.header("Content-Encoding")).isEqualTo("gzip");

		fx.component(page, "Changed");
		assertThat(
				Api.anonymous(this.port).getWithHeaders(path, Map.of("If-None-Match", first.header("ETag"))).status())
			.isEqualTo(200);
	}

	@Test
	void badInputIsRejectedWithTheFieldNamedAndNothingStored() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Strict");
		JsonNode api = fx.component(page, "API");
		String incidents = StatusPageFixtures.pagePath(page) + "/incidents";
		Api.Response badStatus = fx.api()
			.postJson(incidents,
					Map.of("name", "x", "body", "y", "components", Map.of(api.get("id").asString(), "broken")));
		assertThat(badStatus.status()).isEqualTo(400);
		assertThat(badStatus.json().get("detail").asString()).contains("broken").contains("major_outage");
		Api.Response unknownComponent = fx.api()
			.postJson(incidents,
					Map.of("name", "x", "body", "y", "components", Map.of("zzzzzzzzzzzz", "major_outage")));
		assertThat(unknownComponent.status()).isEqualTo(404);
		Api.Response noBody = fx.api().postJson(incidents, Map.of("name", "x"));
		assertThat(noBody.json().get("errors").get(0).get("field").asString()).isEqualTo("body");
		Api.Response malformed = fx.api().postJson(incidents, "{\"name\": [");
		assertThat(malformed.status()).isEqualTo(400);
		Api.Response maintenanceStatus = fx.api()
			.postJson(incidents, Map.of("name", "x", "body", "y", "status", "scheduled"));
		assertThat(maintenanceStatus.status()).isEqualTo(400);

		assertThat(fx.json(page, "incidents.json").get("incidents")).isEmpty();
		assertThat(fx.json(page, "components.json").get("components").get(0).get("status").asString())
			.isEqualTo("operational");
	}

	@Test
	void nullComponentStatusesAndFooterLinksAreRefusedNamingTheField() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Nulls");
		JsonNode api = fx.component(page, "API");
		String incidents = StatusPageFixtures.pagePath(page) + "/incidents";
		String nullStatus = "{\"name\": \"x\", \"body\": \"y\", \"components\": {\"" + api.get("id").asString()
				+ "\": null}}";
		Api.Response opened = fx.api().postJson(incidents, nullStatus);
		assertThat(opened.status()).as(opened.toString()).isEqualTo(400);
		assertThat(opened.json().get("errors").get(0).get("field").asString()).isEqualTo("components");

		JsonNode incident = fx.incident(page, "Slow", api, "degraded_performance");
		Api.Response updated = fx.api()
			.postJson(incidents + "/" + incident.get("id").asString() + "/updates",
					"{\"status\": \"identified\", \"body\": \"z\", \"components\": {\"" + api.get("id").asString()
							+ "\": null}}");
		assertThat(updated.status()).as(updated.toString()).isEqualTo(400);
		assertThat(updated.json().get("errors").get(0).get("field").asString()).isEqualTo("components");

		Api.Response links = fx.api().sendJson("PATCH", StatusPageFixtures.pagePath(page), "{\"footerLinks\": [null]}");
		assertThat(links.status()).as(links.toString()).isEqualTo(400);
		assertThat(links.json().get("errors").get(0).get("field").asString()).isEqualTo("footer_links");
		for (String link : new String[] { "{\"label\": \"Docs\"}", "{\"label\": \"Docs\", \"url\": \" \"}" }) {
			Api.Response noUrl = fx.api()
				.sendJson("PATCH", StatusPageFixtures.pagePath(page), "{\"footerLinks\": [" + link + "]}");
			assertThat(noUrl.status()).as(noUrl.toString()).isEqualTo(400);
			assertThat(noUrl.json().get("detail").asString()).contains("footer_links[0] has no URL");
		}

		assertThat(fx.json(page, "incidents.json").get("incidents")).hasSize(1);
		assertThat(fx.json(page, "incidents.json").get("incidents").get(0).get("status").asString())
			.isEqualTo("investigating");
		assertThat(fx.json(page, "components.json").get("components").get(0).get("status").asString())
			.isEqualTo("degraded_performance");
	}

	@Test
	void scriptInAnUpdateIsEscapedOnThePublicPage() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Escaped");
		JsonNode api = fx.component(page, "API<script>alert(1)</script>");
		fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "<img src=x onerror=alert(2)>", "body",
							"**Bold** <script>alert(3)</script> [link](javascript:alert(4))", "components",
							Map.of(api.get("id").asString(), "major_outage")));
		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(html).contains("<strong>Bold</strong>");
		assertThat(html).doesNotContain("<script>alert")
			.doesNotContain("<img src=x")
			.doesNotContain("javascript:alert");
		assertThat(html).contains("Major System Outage");
	}

	private static List<String> names(JsonNode node) {
		return node.propertyNames().stream().toList();
	}

}
