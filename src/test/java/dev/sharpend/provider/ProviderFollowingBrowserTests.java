package dev.sharpend.provider;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team adds GitHub from the catalogue, its status feed pointed at a page on loopback
 * speaking Statuspage v2, and maps GitHub's Actions to its own Deploys with automatic
 * degradation. GitHub reports a partial outage of Actions: Deploys and the open incident
 * on it show it; when Actions recovers, the provider page's report counts the time.
 */
@LoopbackIntegrationTest
class ProviderFollowingBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	ProviderPolling polling;

	final StatusPageServer server = new StatusPageServer();

	@AfterEach
	void stopServer() {
		this.server.close();
	}

	@Test
	void aProviderOutageReachesOurComponentAndTheOpenIncidentAndIsCounted() {
		String run = UUID.randomUUID().toString().substring(0, 6);
		Api api = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String pageId = Api
			.created(api.postJson("/api/v1/status-pages", Map.of("name", "Shop " + run, "slug", "f-" + run)))
			.get("id")
			.asString();
		String deploys = Api
			.created(api.postJson("/api/v1/status-pages/" + pageId + "/components", Map.of("name", "Deploys " + run)))
			.get("id")
			.asString();
		long incident = Api
			.created(api.postJson("/api/v1/incidents",
					Map.of("title", "Deploys hang " + run, "components", List.of(deploys))))
			.get("number")
			.asLong();
		StatusPageServer.Page github = this.server.page("gh" + run, "Actions", "Git Operations");

		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		Page page = tab.page();
		tab.signInAsAdmin();
		tab.open("/providers/new");
		page.getByLabel("Search the catalogue").fill("githu");
		page.locator("#catalogue-list").getByText("GitHub").click();
		page.waitForURL("**/providers/new?catalogue=GitHub");
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("GitHub " + run);
		page.locator("#statusFeed").fill(this.server.feed("gh" + run));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add provider")).click();
		page.waitForURL("**/providers/*-*");
		String providerPage = page.url();

		poll();
		page.reload();
		assertThat(page.locator("#upstream-status")).containsText("Operational");
		assertThat(page.locator("#upstream-status")).containsText("Actions");
		page.locator("#mapping-upstream").fill("Actions");
		page.locator("#mapping-component").selectOption(deploys);
		page.locator("#mapping-rule").selectOption("degrade");
		assertThat(page.locator("#mapping-cap")).hasValue("partial_outage");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Map").setExact(true)).click();
		page.waitForURL("**#mappings");
		assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Mapped")))
			.containsText("Mapped Actions.");
		Locator mapping = page.locator("#mappings [data-mapping='Actions']");
		assertThat(mapping).containsText("Deploys " + run);
		assertThat(mapping).containsText("Follow its status");

		github.set("Actions", "partial_outage");
		poll();
		Eventually.await("Deploys follows Actions", () -> "partial_outage".equals(
				api.get("/api/v1/status-pages/" + pageId + "/components/" + deploys).json().get("status").asString()));

		tab.open("/providers");
		assertThat(page.locator("#providers tr[data-provider='GitHub " + run + "'] .upstream-badge"))
			.hasText("Partial outage");

		tab.open("/home");
		assertThat(page.locator("#home-upstream")).containsText("GitHub " + run + " · Actions: Partial outage");
		assertThat(page.locator("#home-upstream")).containsText("Deploys " + run);
		tab.look("home-upstream");

		tab.open("/response/incidents/" + incident);
		Locator notes = page.locator("#upstream-notes");
		assertThat(notes).containsText("GitHub " + run);
		assertThat(notes).containsText("Actions");
		assertThat(notes).containsText("Partial outage");
		assertThat(notes).containsText("Sharpend set it to Partial outage; subscribers were not notified.");
		Eventually.await("the timeline records it", () -> {
			page.reload();
			return page.locator("#timeline-list")
				.textContent()
				.contains("GitHub " + run + " · Actions is partial outage");
		});
		tab.look("incident-upstream");

		this.clock.advance(Duration.ofMinutes(30));
		github.set("Actions", "operational");
		poll();
		Eventually.await("Deploys recovers", () -> "operational".equals(
				api.get("/api/v1/status-pages/" + pageId + "/components/" + deploys).json().get("status").asString()));

		page.navigate(providerPage);
		Locator month = page.locator("#provider-report tbody tr").first();
		assertThat(month).containsText("30 days");
		// 36 minutes: the half hour moved on, and the interval to the next read
		assertThat(month.locator("td").nth(2)).hasText("0.6");
		assertThat(month.locator("td").nth(3)).hasText("0.6");
		tab.look("provider-upstream");
		assertThat(tab.problems()).isEmpty();
	}

	/** Moves past the poll interval and reads every feed that is due. */
	private void poll() {
		this.clock.advance(Duration.ofMinutes(6));
		this.polling.runDue();
	}

}
