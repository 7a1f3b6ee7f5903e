package dev.sharpend.statuspage;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * The editor's forms, posted as a browser posts them (CSRF token included), and what the
 * public page then shows.
 */
@SharpendIntegrationTest
class StatusPageEditorIntegrationTests {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	@LocalServerPort
	int port;

	@Test
	void buildsAPageWithComponentsAndGroupsThroughTheForms() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Acme " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "API", "description", "The public API"));
		editor.postOk(page, "/components", Map.of("name", "Regions", "group", "true"));
		String regions = editor.componentId(page, "Regions");
		editor.postOk(page, "/components", Map.of("name", "EU", "groupId", regions));
		String api = editor.componentId(page, "API");
		editor.postOk(page, "/components/" + api,
				Map.of("name", "Public API", "description", "The public API", "position", "5", "groupId", ""));
		editor.postOk(page, "/components/" + api + "/status", Map.of("status", "partial_outage"));
		String eu = editor.componentId(page, "EU");
		editor.postOk(page, "/components/" + eu, Map.of("name", "EU", "groupId", ""));

		JsonNode components = editor.api().get("/p/" + slug + "/api/v2/components.json").json().get("components");
		assertThat(components.valueStream().map((c) -> c.get("name").asString())).containsExactly("Regions", "EU",
				"Public API");
		assertThat(components.get(2).get("status").asString()).isEqualTo("partial_outage");
		assertThat(components.get(1).get("group_id").isNull()).isTrue();
		String html = editor.editor(page);
		assertThat(html).contains("Public API").contains("The public API");

		editor.postOk(page, "/components/" + eu + "/delete", Map.of());
		assertThat(editor.api().get("/p/" + slug + "/api/v2/components.json").body()).doesNotContain("\"EU\"");
	}

	@Test
	void changesAComponentStatusInPlaceForHtmx() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("In place " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "Web"));
		String web = editor.componentId(page, "Web");
		String csrf = csrfOf(editor.editor(page));
		Api.Response fragment = editor.browser()
			.postForm("/status-pages/" + page + "/components/" + web + "/status?_csrf=" + csrf,
					Map.of("status", "major_outage"));
		assertThat(fragment.status()).isEqualTo(302);
		// The htmx request carries HX-Request and gets only the form back.
		Api.Response htmx = editor.browser()
			.postFormWithHeaders("/status-pages/" + page + "/components/" + web + "/status",
					Map.of("status", "operational", "_csrf", csrf), Map.of("HX-Request", "true"));
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.body()).startsWith("<form").contains("Saved: Operational").doesNotContain("<html");
	}

	@Test
	void showsARejectedFieldBesideItAndKeepsWhatWasTyped() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Errors " + slug, slug);
		Api.Response rejected = editor.post(page, "", Map.of("name", "Still mine", "slug", slug, "hostname",
				"not a host/name", "timeZone", "Etc/UTC", "visibility", "public"));
		assertThat(rejected.status()).isEqualTo(400);
		assertThat(StatusEditorClient.textOf(rejected.body(), "settings-hostname-error")).contains("host name");
		assertThat(rejected.body()).contains("value=\"Still mine\"").contains("value=\"not a host/name\"");

		Api.Response noBody = editor.post(page, "/incidents", Map.of("name", "Broken", "body", ""));
		assertThat(noBody.status()).isEqualTo(400);
		assertThat(StatusEditorClient.textOf(noBody.body(), "incident-body-error")).contains("body");

		Api.Response badTime = editor.post(page, "/maintenances", Map.of("name", "Upgrade", "body", "Work",
				"scheduledFor", "2030-01-01T10:00", "scheduledUntil", "2030-01-01T09:00"));
		assertThat(badTime.status()).isEqualTo(400);
		assertThat(StatusEditorClient.textOf(badTime.body(), "maintenance-until-error")).contains("after");
	}

	@Test
	void opensAStatusIncidentPostsUpdatesAndShowsItsPublicDetailAndHistory() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Incidents " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "API"));
		String api = editor.componentId(page, "API");
		editor.postOk(page, "/incidents", Map.of("name", "Elevated errors", "body", "We are **looking** into it.",
				"affected", List.of(api), "status." + api, "partial_outage"));
		JsonNode incident = editor.notice(page, "incidents", "Elevated errors");
		String id = incident.get("id").asString();
		assertThat(incident.get("impact").asString()).isEqualTo("major");
		editor.postOk(page, "/notices/" + id + "/updates",
				Map.of("status", "identified", "body", "A bad deploy; rolling back."));
		editor.postOk(page, "/notices/" + id + "/updates",
				Map.of("status", "resolved", "body", "All good again.", "status." + api, "operational"));
		editor.postOk(page, "/notices/" + id, Map.of("postmortemUrl", "https://example.com/pm/1"));

		Api anonymous = Api.anonymous(this.port);
		String shortlink = anonymous.get("/p/" + slug + "/api/v2/incidents.json")
			.json()
			.get("incidents")
			.get(0)
			.get("shortlink")
			.asString();
		assertThat(shortlink).endsWith("/p/" + slug + "/incidents/" + id);
		Api.Response detail = anonymous.get("/p/" + slug + "/incidents/" + id);
		assertThat(detail.status()).isEqualTo(200);
		assertThat(detail.body()).contains("Elevated errors")
			.contains("<strong>looking</strong>")
			.contains("A bad deploy; rolling back.")
			.contains("All good again.")
			.contains("https://example.com/pm/1")
			.contains("Partial outage");
		assertThat(detail.header("ETag")).isNotEmpty();
		Api.Response history = anonymous.get("/p/" + slug + "/history");
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.body()).contains("Elevated errors").contains("Older");
		assertThat(anonymous.get("/p/" + slug + "/history?page=2").body()).doesNotContain("Elevated errors")
			.contains("Newer");
		assertThat(anonymous.get("/p/" + slug + "/history?page=99").status()).isEqualTo(404);
		assertThat(anonymous.get("/p/" + slug + "/incidents/nosuchincident").status()).isEqualTo(404);
	}

	@Test
	void setsAnImpactByHandAndHandsItBackToTheComponents() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Impact " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "API"));
		String api = editor.componentId(page, "API");
		editor.postOk(page, "/incidents", Map.of("name", "Slow API", "body", "Slower than usual.", "affected",
				List.of(api), "status." + api, "degraded_performance", "impactOverride", "critical"));
		String id = editor.notice(page, "incidents", "Slow API").get("id").asString();
		assertThat(editor.notice(page, "incidents", "Slow API").get("impact").asString()).isEqualTo("critical");
		assertThat(editor.browser().get("/status-pages/" + page).body()).contains("<option value=\"derived\">");

		editor.postOk(page, "/notices/" + id, Map.of("name", "Slow API", "impactOverride", "derived"));
		JsonNode derived = editor.notice(page, "incidents", "Slow API");
		assertThat(derived.get("impact").asString()).isEqualTo("minor");
		assertThat(derived.has("impactOverride")).isFalse();
		assertThat(Api.anonymous(this.port).get("/p/" + slug + "/").body()).contains("Impact: Minor");

		Api.Response viaApi = editor.api()
			.sendJson("PATCH", "/api/v1/status-pages/" + page + "/incidents/" + id, Map.of("impactOverride", "major"));
		assertThat(viaApi.json().get("impact").asString()).isEqualTo("major");
		viaApi = editor.api()
			.sendJson("PATCH", "/api/v1/status-pages/" + page + "/incidents/" + id,
					Map.of("impactOverride", "derived"));
		assertThat(viaApi.status()).as(viaApi.toString()).isEqualTo(200);
		assertThat(viaApi.json().get("impact").asString()).isEqualTo("minor");
		assertThat(viaApi.json().has("impactOverride")).isFalse();
	}

	@Test
	void recordsAPastIncidentInItsMonthWithoutTouchingComponents() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Backfill " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "DB"));
		String db = editor.componentId(page, "DB");
		LocalDateTime started = LocalDateTime.now(ZoneOffset.UTC).minusMonths(4).truncatedTo(ChronoUnit.MINUTES);
		editor.postOk(page, "/incidents",
				Map.of("name", "Old outage", "body", "The database was down.", "affected", List.of(db), "status." + db,
						"major_outage", "startedAt", LOCAL.format(started), "resolved", "true", "resolvedAt",
						LOCAL.format(started.plusHours(2))));
		JsonNode incident = editor.notice(page, "incidents", "Old outage");
		assertThat(incident.get("status").asString()).isEqualTo("resolved");
		assertThat(incident.get("backfilled").asBoolean()).isTrue();
		assertThat(editor.componentStatus(page, "DB")).isEqualTo("operational");
		Api anonymous = Api.anonymous(this.port);
		assertThat(anonymous.get("/p/" + slug + "/history?page=1").body()).doesNotContain("Old outage");
		String month = started.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
		assertThat(anonymous.get("/p/" + slug + "/history?page=2").body()).contains("Old outage").contains(month);
	}

	@Test
	void schedulesReschedulesAndCancelsAMaintenance() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Maint " + slug, slug);
		editor.postOk(page, "",
				Map.of("name", "Maint " + slug, "slug", slug, "timeZone", "Europe/Berlin", "visibility", "public"));
		editor.postOk(page, "/components", Map.of("name", "Storage"));
		String storage = editor.componentId(page, "Storage");
		editor.postOk(page, "/maintenances",
				Map.of("name", "Disk swap", "body", "Swapping disks.", "scheduledFor", "2031-06-01T22:00",
						"scheduledUntil", "2031-06-01T23:00", "affected", List.of(storage), "autoInProgress", "true",
						"autoCompleted", "true", "autoComponents", "true"));
		JsonNode maintenance = editor.notice(page, "maintenances", "Disk swap");
		// Entered in the page's zone (Berlin, summer time): 22:00 there is 20:00 UTC.
		assertThat(maintenance.get("scheduledFor").asString()).isEqualTo("2031-06-01T20:00:00Z");
		String id = maintenance.get("id").asString();
		editor.postOk(page, "/notices/" + id + "/schedule", Map.of("scheduledFor", "2031-06-02T22:00", "scheduledUntil",
				"2031-06-03T01:00", "autoCompleted", "true"));
		maintenance = editor.notice(page, "maintenances", "Disk swap");
		assertThat(maintenance.get("scheduledUntil").asString()).isEqualTo("2031-06-02T23:00:00Z");
		assertThat(maintenance.get("autoInProgress").asBoolean()).isFalse();
		editor.postOk(page, "/notices/" + id + "/cancel", Map.of("body", "Not needed after all."));
		maintenance = editor.notice(page, "maintenances", "Disk swap");
		assertThat(maintenance.get("status").asString()).isEqualTo("completed");
		assertThat(maintenance.get("updates").get(0).get("body").asString()).isEqualTo("Not needed after all.");
		assertThat(editor.post(page, "/notices/" + id + "/cancel", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void opensAStatusIncidentFromATemplate() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Templates " + slug, slug);
		editor.postOk(page, "/components", Map.of("name", "Login"));
		editor.postOk(page, "/templates", Map.of("name", "Login trouble", "title", "Users cannot sign in", "body",
				"We are investigating sign-in failures.", "componentStatus", "major_outage"));
		String html = editor.editor(page);
		String templateId = html.replaceAll("(?s).*<option value=\"([a-z0-9]+)\">Login trouble</option>.*", "$1");
		String prefilled = editor.browser().get("/status-pages/" + page + "?template=" + templateId).body();
		assertThat(prefilled).contains("value=\"Users cannot sign in\"")
			.contains("We are investigating sign-in failures.</textarea>")
			.contains("<option value=\"major_outage\" selected=\"selected\">Major outage</option>");
		editor.postOk(page, "/templates/" + templateId, Map.of("name", "Login trouble", "title", "Sign-in failing",
				"body", "Looking into sign-in.", "componentStatus", ""));
		assertThat(editor.editor(page)).contains("Sign-in failing");
		editor.postOk(page, "/templates/" + templateId + "/delete", Map.of());
		assertThat(editor.editor(page)).doesNotContain("Sign-in failing");
	}

	@Test
	void framesOnlyTheEditorsPreviewOfThePublicPage() {
		StatusEditorClient editor = new StatusEditorClient(this.port);
		String slug = StatusEditorClient.slug();
		String page = editor.createPage("Preview " + slug, slug);
		Api.Response preview = editor.browser().get("/status-pages/" + page + "/preview");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
		assertThat(preview.header("Content-Security-Policy")).contains("frame-ancestors 'self'");
		assertThat(preview.body()).contains("<base target=\"_top\">").contains("Preview " + slug);
		Api.Response publicPage = Api.anonymous(this.port).get("/p/" + slug + "/");
		assertThat(publicPage.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(Api.anonymous(this.port).get("/status-pages/" + page + "/preview").status()).isEqualTo(302);
	}

	static String csrfOf(String html) {
		return html.replaceAll("(?s).*name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\".*", "$1");
	}

}
