package dev.sharpend.statuspage;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.statuspage.uptime.UptimeRun;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Badges, widgets and uptime bars as a visitor and an embedding site see them. */
@SharpendIntegrationTest
class EmbedsAndUptimeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pageBadgeShowsTheOverallStatusAsSvg() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Badged");
		JsonNode api = fx.component(page, "API");
		String slug = page.get("slug").asString();

		Api.Response ok = Api.anonymous(this.port).get("/p/" + slug + "/badge.svg");
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(ok.header("ETag")).isNotBlank();
		assertThat(ok.body()).startsWith("<svg").contains("All Systems Operational").contains("#2e7d32");

		fx.incident(page, "Outage", api, "major_outage");
		Api.Response down = Api.anonymous(this.port).get("/p/" + slug + "/badge.svg");
		assertThat(down.body()).contains("Major System Outage").contains("#c62828");
	}

	@Test
	void componentBadgeShowsThatComponentsStatus() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Component badges");
		JsonNode db = fx.component(page, "Database <primary>");
		fx.incident(page, "Slow queries", db, "degraded_performance");
		String path = "/p/" + page.get("slug").asString() + "/components/" + db.get("id").asString() + "/badge.svg";

		Api.Response badge = Api.anonymous(this.port).get(path);
		assertThat(badge.status()).isEqualTo(200);
		assertThat(badge.body()).contains("Database &lt;primary&gt;").contains("degraded performance");
		assertThat(Api.anonymous(this.port)
			.get("/p/" + page.get("slug").asString() + "/components/nosuchcomponent/badge.svg")
			.status()).isEqualTo(404);
	}

	@Test
	void iframeWidgetMayBeFramedByAnySiteButThePageMayNot() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Framed");
		String slug = page.get("slug").asString();

		Api.Response widget = Api.anonymous(this.port).get("/p/" + slug + "/widget");
		assertThat(widget.status()).isEqualTo(200);
		assertThat(widget.header("Content-Type")).startsWith("text/html");
		assertThat(widget.header("Content-Security-Policy")).contains("frame-ancestors *");
		assertThat(widget.raw().headers().allValues("Content-Security-Policy")).hasSize(1);
		assertThat(widget.header("X-Frame-Options")).isEmpty();
		assertThat(widget.body()).contains("All Systems Operational").contains("/css/widget.css");

		Api.Response full = Api.anonymous(this.port).get("/p/" + slug + "/");
		assertThat(full.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(full.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void publicPageMayShowALogoFromAnotherHttpsHostButStaysStrictOtherwise() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Logo");
		String slug = page.get("slug").asString();

		Api.Response html = Api.anonymous(this.port).get("/p/" + slug + "/");
		String policy = html.header("Content-Security-Policy");
		assertThat(policy).contains("img-src 'self' data: https:;")
			.contains("default-src 'self'")
			.contains("script-src 'self'")
			.contains("style-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("http:")
			.doesNotContain("unsafe");
		assertThat(html.raw().headers().allValues("Content-Security-Policy")).hasSize(1);
		assertThat(Api.anonymous(this.port).get("/p/" + slug + "/history").header("Content-Security-Policy"))
			.isEqualTo(policy);
		assertThat(
				Api.anonymous(this.port).get("/p/" + slug + "/api/v2/summary.json").header("Content-Security-Policy"))
			.contains("img-src 'self' data:;");
	}

	@Test
	void widgetScriptReadsThePagesStatusDocument() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Scripted");
		Api.Response script = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/widget.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Content-Type")).startsWith("text/javascript");
		assertThat(script.body())
			.contains("\"http://localhost:" + this.port + "/p/" + page.get("slug").asString() + "\"")
			.contains("/api/v2/status.json")
			.doesNotContain("innerHTML");
	}

	@Test
	void publicPageShowsNinetyUptimeBarsWithTooltipsAndTheRule() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Uptime");
		JsonNode api = fx.component(page, "API");
		fx.incident(page, "Login failures", api, "partial_outage");

		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(barSlots(html)).as("one bar slot per day, in order, none twice").isEqualTo(90);
		assertThat(html).contains("no data").contains("Partial outage: ").contains("Incident: Login failures");
		assertThat(html).contains("class=\"status-partial_outage\"");
		assertThat(html).contains("partial outages at 30 % of their duration");
		assertThat(html).containsPattern("aria-label=\"API: [0-9.]+ % uptime over 90 days, [0-9.]+ % over 30 days, "
				+ "1 day with issues listed below\"");
		assertThat(html).containsPattern("<li>[0-9-]+\n[^<]*Partial outage: [^<]*\nIncident: Login failures</li>");
	}

	@Test
	void publicPageWithTwentyComponentsStaysSmall() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Many components");
		JsonNode first = null;
		for (int g = 0; g < 4; g++) {
			JsonNode group = fx.group(page, "Group " + g);
			for (int m = 0; m < 5; m++) {
				JsonNode member = fx.member(page, group, "Group " + g + " region " + m);
				first = (first != null) ? first : member;
			}
		}
		fx.incident(page, "Elevated errors", first, "major_outage");

		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(html.split("class=\"uptime-bars\"", -1)).hasSize(21);
		assertThat(html.length()).isLessThan(40_000);
	}

	/** Counts the day slots the bars' strokes cover, failing on gaps and overlaps. */
	private static int barSlots(String html) {
		java.util.regex.Matcher strokes = java.util.regex.Pattern.compile("d=\"M(\\d+) 14h(\\d+)\"").matcher(html);
		int next = 0;
		while (strokes.find()) {
			assertThat(Integer.parseInt(strokes.group(1))).isEqualTo(next);
			next += Integer.parseInt(strokes.group(2));
		}
		return next / UptimeRun.SLOT;
	}

}
