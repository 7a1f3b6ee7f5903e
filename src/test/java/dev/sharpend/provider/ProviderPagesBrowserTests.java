package dev.sharpend.provider;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team adds GitHub from the catalogue (its status page prefilled), marks our Deploys
 * component as failing with it, and sees that on the provider's page and at the top of
 * the risk view with the reason spelled out; the register downloads as CSV with the row.
 * Every page looked at in light and dark, on a phone and a desktop, with the top bar's
 * eight sections kept on one row.
 */
@SharpendIntegrationTest
class ProviderPagesBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void addsGitHubFromTheCatalogueWithAHardDependencyAndSeesItsRisk() throws IOException {
		String run = UUID.randomUUID().toString().substring(0, 6);
		ourComponent("Deploys " + run);
		String search = ourComponent("Search " + run);
		String papertrail = "Papertrail " + run;
		Api.created(api().postJson("/api/v1/providers", Map.of("catalogue", "Papertrail", "name", papertrail, "tenancy",
				"multi_tenant", "components", List.of(Map.of("componentId", search, "strength", "soft")))));
		String name = "GitHub " + run;
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		Page page = tab.page();
		tab.signInAsAdmin();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Providers").setExact(true)).click();
		page.waitForURL("**/providers");
		assertThat(page.locator(".topbar nav a.active")).hasText("Providers");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a provider").setExact(true)).click();
		page.waitForURL("**/providers/new");
		page.getByLabel("Search the catalogue").fill("githu");
		Locator catalogue = page.locator("#catalogue-list");
		assertThat(catalogue.locator("li")).hasCount(1);
		tab.look("provider-catalogue");
		catalogue.getByText("GitHub").click();
		page.waitForURL("**/providers/new?catalogue=GitHub");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("GitHub");
		assertThat(page.getByLabel("Kind")).hasValue("source_control");
		assertThat(page.locator("#statusFeed")).hasValue("https://www.githubstatus.com/api/v2/summary.json");
		assertThat(page.locator("#statusFormat")).hasValue("statuspage");

		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Tenancy").selectOption("multi_tenant");
		page.locator("#dataHeld").fill("Source code and deploy keys");
		page.getByLabel("Sensitivity").selectOption("confidential");
		page.getByLabel("Access granularity").selectOption("shared_credential");
		page.getByLabel("Dependency of Deploys " + run).selectOption("hard");
		page.getByLabel("Note on Deploys " + run).fill("Actions runs every deploy");
		tab.look("provider-new");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add provider")).click();
		page.waitForURL("**/providers/*-*");

		assertThat(page.getByRole(AriaRole.STATUS)).containsText(name + " is in the register.");
		Locator dependent = page.locator("#dependents [data-component='Deploys " + run + "']");
		assertThat(dependent).containsText("Hard");
		assertThat(dependent).containsText("Actions runs every deploy");
		assertThat(page.locator("#upstream-status")).containsText("Upstream status");
		assertThat(page.locator("#provider-risk")).containsText("Critical path for Deploys " + run + "; multi-tenant; "
				+ "holds source code and deploy keys (confidential); one shared credential");
		tab.look("provider-page");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit").setExact(true)).click();
		page.waitForURL("**/edit");
		assertThat(page.getByLabel("Dependency of Deploys " + run)).hasValue("hard");
		tab.look("provider-edit");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk").setExact(true)).click();
		page.waitForURL("**/providers/risk");
		Locator risk = page.locator("#risk [data-provider='" + name + "']");
		assertThat(risk).containsText("Critical path for Deploys " + run);
		assertThat(risk).containsText("score 81");
		Locator below = page.locator("#risk [data-provider='" + papertrail + "']");
		assertThat(below).containsText("Soft dependency of Search " + run + "; multi-tenant");
		List<?> order = (List<?>) page.locator("#risk > li")
			.evaluateAll("(items) => items.map((i) => i.dataset.provider)");
		assertThat(order.indexOf(name)).as("a critical-path provider ranks above a soft dependency")
			.isLessThan(order.indexOf(papertrail));
		page.getByText("How the score is made").click();
		assertThat(page.locator("#risk-factors dl")).containsText("one shared credential 3");
		tab.look("provider-risk");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register").setExact(true)).click();
		page.waitForURL("**/providers");
		Locator row = page.locator("#providers tr[data-provider='" + name + "']");
		assertThat(row).containsText("Deploys " + run + " hard");
		assertThat(row).containsText("www.githubstatus.com");
		tab.look("providers");
		keepsTheTopBarOnOneRow(page);

		Download download = page.waitForDownload(
				() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download CSV").setExact(true))
					.click());
		assertThat(download.suggestedFilename()).isEqualTo("sharpend-providers.csv");
		assertThat(Files.readString(download.path())).contains(name + ",Source control,Active,Multi-tenant,")
			.contains("Deploys " + run + " (hard)");
		assertThat(tab.problems()).isEmpty();
	}

	/** Eight sections fit a phone's row and a laptop's bar without scrolling. */
	private static void keepsTheTopBarOnOneRow(Page page) {
		for (int width : new int[] { 390, 1280 }) {
			page.setViewportSize(width, 900);
			page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
			assertThat((Boolean) page.evaluate(
					"() => { const ul = document.querySelector('.topbar nav ul'); return ul.scrollWidth <= ul.clientWidth; }"))
				.as("the sections fit at " + width + " px")
				.isTrue();
		}
		assertThat(page.locator(".topbar").boundingBox().height).as("one row at 1280 px").isLessThan(60);
	}

	private Api api() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private String ourComponent(String name) {
		Api api = api();
		return OurComponentFixtures.component(api, OurComponentFixtures.page(api, "Platform " + name), name);
	}

}
