package dev.sharpend.statuspage;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor of a public status page in Chromium: the header's subscribe button, the page
 * keeping itself current while it is open, and an uptime day's details on click or key.
 * Screenshots go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class PublicPageBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	/** Several polls of the page's JSON (once a second in tests) and a swap. */
	private static final LocatorAssertions.ContainsTextOptions SOON = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(Eventually.PATIENCE.toMillis());

	@LocalServerPort
	int port;

	@Test
	void theHeaderOffersSubscribingOnEveryPublicPage() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Subscribable");
		JsonNode api = fx.component(page, "API");
		JsonNode incident = fx.incident(page, "Slow logins", api, "degraded_performance");
		String base = "/p/" + published(page);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		for (String path : new String[] { "/", "/incidents/" + incident.get("id").asString(), "/history" }) {
			tab.open(base + path);
			assertThat(tab.page()
				.locator("header")
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Subscribe to updates"))).isVisible();
		}
		tab.open(base + "/");
		tab.look("public-live");
		// Without a mail server the form offers feeds, not an e-mail field that could
		// only disappoint.
		Api admin = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		assertThat(admin.submitForm("/admin/smtp", "/admin/smtp/clear", Map.of()).status()).isEqualTo(302);
		tab.page().locator("header").getByText("Subscribe to updates").click();
		assertThat(tab.page().locator("h1")).hasText("Subscribe to updates");
		assertThat(tab.page().locator("main")).containsText("E-mail updates are not available");
		assertThat(tab.page().getByLabel("E-mail address")).hasCount(0);
		assertThat(tab.page().locator("main")).containsText("By feed");
		assertThat(tab.page().locator("main")).containsText("By webhook or chat");
		tab.look("public-subscribe");
		assertThat(tab.problems()).isEmpty();
	}

	@Test
	void anOpenPageShowsAStatusChangeWithoutAReload() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Live page");
		JsonNode api = fx.component(page, "API");
		String slug = published(page);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.open("/p/" + slug + "/");
		Page browser = tab.page();
		assertThat(browser.locator(".banner")).hasText("All Systems Operational");
		assertThat(browser.locator(".last-updated")).containsText("Last updated");
		browser.evaluate("() => { window.notReloaded = true; }");

		assertThat(fx.api()
			.sendJson("PATCH", StatusPageFixtures.pagePath(page) + "/components/" + api.get("id").asString(),
					Map.of("status", "major_outage"))
			.status()).isEqualTo(200);

		assertThat(browser.locator(".banner")).containsText("Major", SOON);
		assertThat(browser.locator(".component .status").first()).hasText("Major outage");
		assertThat(browser.evaluate("() => window.notReloaded === true")).as("the same document, not a reload")
			.isEqualTo(true);
		assertThat(tab.consoleErrors()).isEmpty();
	}

	@Test
	void anUptimeDayOpensItsDetailsOnClickAndByKeyboard() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Day details");
		JsonNode api = fx.component(page, "API");
		fx.incident(page, "Payments failing", api, "partial_outage");
		String slug = published(page);
		Eventually.await("today's bar to show the outage",
				() -> Api.anonymous(this.port).get("/p/" + slug + "/").body().contains("Payments failing"));
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.open("/p/" + slug + "/");
		Page browser = tab.page();
		Locator today = browser.locator("a.uptime-day").last();
		Locator details = browser.locator(".day-details:popover-open");
		assertThat(details).hasCount(0);

		today.click();
		assertThat(details).isVisible();
		assertThat(details).containsText("Partial outage");
		assertThat(details).containsText("Payments failing");
		tab.look("public-day-details");
		browser.keyboard().press("Escape");
		assertThat(details).hasCount(0);

		today.focus();
		browser.keyboard().press("Enter");
		assertThat(details).isVisible();
		browser.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Close")).click();
		assertThat(details).hasCount(0);
		assertThat(tab.problems()).isEmpty();
	}

	/** Waits until the page is served, and answers its slug. */
	private String published(JsonNode page) {
		String slug = page.get("slug").asString();
		Eventually.await("the page to be served",
				() -> Api.anonymous(this.port).get("/p/" + slug + "/").status() == 200);
		return slug;
	}

}
