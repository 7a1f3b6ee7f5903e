package dev.sharpend.statuspage;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Api.created;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of a page with a resolved and a backfilled incident, in Chromium: the detail
 * page and the history still say how bad each was and what it affected, and the uptime
 * bars show the backfilled outage on its own day. Screenshots go to
 * {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class IncidentRecordBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void resolvedAndBackfilledIncidentsReadAsTheyHappened() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Acme Cloud");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		JsonNode api = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/components",
					Map.of("name", "API", "startDate", today.minusDays(30).toString())));
		JsonNode checkout = fx.component(page, "Checkout");
		JsonNode resolved = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "Payments failing", "body", "Payments fail for many.", "components",
							Map.of(id(api), "partial_outage", id(checkout), "major_outage"))));
		created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + id(resolved) + "/updates",
					Map.of("status", "resolved", "body", "Payments work again.", "components",
							Map.of(id(api), "operational", id(checkout), "operational"))));
		Instant started = today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
		JsonNode backfilled = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents",
					Map.of("name", "API down", "body", "The API answers 503.", "displayAt", started.toString(),
							"components", Map.of(id(api), "major_outage"))));
		created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/incidents/" + id(backfilled) + "/updates",
					Map.of("status", "resolved", "body", "Fixed by a rollback.", "displayAt",
							started.plus(Duration.ofHours(5)).toString(), "components",
							Map.of(id(api), "operational"))));
		String slug = page.get("slug").asString();
		Eventually.await("the page to show both incidents",
				() -> Api.anonymous(this.port).get("/p/" + slug + "/history").body().contains("Fixed by a rollback."));

		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		Page browser = tab.page();
		tab.open("/p/" + slug + "/incidents/" + id(resolved));
		assertThat(browser.locator(".notice")).containsText("Major");
		assertThat(browser.locator(".affected-summary")).hasText("This incident affected: API, Checkout");
		tab.look("incident-record-resolved");
		tab.open("/p/" + slug + "/history");
		assertThat(browser.locator("main")).containsText("Impact: Critical");
		assertThat(browser.locator(".affected-summary").first()).containsText("This incident affected:");
		tab.look("incident-record-history");
		tab.open("/p/" + slug + "/");
		assertThat(browser.locator(".uptime-bars path.status-major_outage").first()).isAttached();
		tab.look("incident-record-bars");
		assertThat(tab.problems()).isEmpty();
	}

	private static String id(JsonNode node) {
		return node.get("id").asString();
	}

}
