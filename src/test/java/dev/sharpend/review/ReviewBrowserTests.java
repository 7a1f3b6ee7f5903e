package dev.sharpend.review;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.search.SearchFixtures;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" for writing a review: from a resolved incident with timeline
 * entries, two people write personal accounts (one private until shared), three
 * contributing factors linked to timeline entries and two action items go in, and the
 * review is published. Screenshots go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class ReviewBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void twoPeopleWriteAReviewFromAResolvedIncidentAndPublishIt() {
		ReviewFixtures f = new ReviewFixtures(this.port, this.accounts, this.tokens);
		SearchFixtures alerts = new SearchFixtures(this.port);
		String word = "zr" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		long group = alerts.alertGroup("CheckoutLatency" + word);
		long incident = f.resolvedIncident("Checkout latency " + word, List.of(group));
		String bo = f.person("bo");

		BrowserPage ana = new BrowserPage(chromium.browser(), this.port);
		ana.signInAsAdmin();
		ana.open("/response/incidents/" + incident);
		ana.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write review")).click();
		ana.page().waitForURL("**/reviews/*");
		String reviewPath = ana.page().url().replaceAll("^https?://[^/]+", "");
		assertThat(ana.page().locator("header .meta")).containsText("only the incident commander took part");

		Locator summary = ana.page().locator("#section-summary");
		summary.locator("textarea").pressSequentially("Checkout slowed because of operator error.");
		assertThat(summary.locator(".language-finding")).containsText("operator error");
		assertThat(summary.locator(".language-finding")).containsText("Instead:");
		ana.look("review-language-finding");
		summary.locator("textarea").fill("");
		summary.locator("textarea").pressSequentially("Checkout slowed for 20 minutes after a deploy.");
		assertThat(summary.locator(".language-ok")).hasText("No blameful wording found.");
		assertThat(summary.locator(".language-finding")).hasCount(0);
		summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(ana.page().locator("#section-summary .body")).containsText("Checkout slowed for 20 minutes");

		writeAccount(ana.page(), "I saw latency climb on the checkout dashboard.", false);
		for (String factor : List.of("The deploy changed a connection pool default",
				"The latency alert waited ten minutes before firing", "Rollback steps lived in one person's notes")) {
			addFactor(ana.page(), factor);
		}
		addAction(ana.page(), "Pin the pool size in configuration");
		addAction(ana.page(), "Move rollback steps into the runbook");
		addFactor(ana.page(), "A factor recorded twice by mistake");
		Locator mistaken = ana.page().locator("#section-factors li.factor:has-text('recorded twice')");
		mistaken.locator("details.confirm summary").click();
		mistaken.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove factor")).click();
		assertThat(ana.page().locator("#section-factors")).not().containsText("recorded twice");
		Locator pool = ana.page().locator("#section-factors li.factor:has-text('connection pool default')");
		pool.locator("details.edit-factor summary").click();
		pool.locator("textarea[name=description]").fill("The deploy lowered the connection pool default from 50 to 10");
		pool.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
		assertThat(ana.page().locator("#section-factors .body").first()).containsText("from 50 to 10");
		ana.page().locator("#section-factors li.factor").first().locator("details.edit-factor summary").click();
		ana.look("review-factors-editing");
		ana.page().locator("#section-factors li.factor").first().locator("details.edit-factor summary").click();
		assertThat(ana.page().locator("#section-factors li.factor")).hasCount(3);
		assertThat(ana.page().locator("#section-factors .evidence a").first()).isVisible();
		assertThat(ana.page().locator("#section-actions tbody tr")).hasCount(2);

		BrowserPage other = new BrowserPage(chromium.browser(), this.port);
		signIn(other, bo);
		other.open(reviewPath);
		writeAccount(other.page(), "I saw the rollback finish at 10:20.", true);
		assertThat(other.page().locator("[data-account]")).hasCount(1);
		assertThat(other.page().locator("#section-accounts")).not().containsText("latency climb");

		ana.open(reviewPath);
		writeAccount(ana.page(), "I saw latency climb on the checkout dashboard.", true);
		other.open(reviewPath);
		assertThat(other.page().locator("#section-accounts")).containsText("latency climb");

		ana.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ready for review")).click();
		ana.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
		assertThat(ana.page().locator("[data-review-status]")).hasText("Published");
		ana.look("review-published");

		// The published review is found by search, and its incident is offered as a
		// similar one when the same alert rule fires again.
		alerts.searchUntil(SearchFixtures.q(word) + "&type=review", (r) -> r.get("total").asLong() == 1);
		ana.page().getByLabel("Search", new Page.GetByLabelOptions().setExact(true)).fill(word);
		ana.page().keyboard().press("Enter");
		ana.page().waitForURL("**/search?q=" + word);
		assertThat(ana.page().locator(".hit a[href='" + reviewPath + "']")).not().hasCount(0);
		long again = alerts.declare("Checkout slow again", "alertGroups", List.of(group));
		ana.open("/response/incidents/" + again);
		Locator similar = ana.page().locator("#similar");
		assertThat(similar).containsText("INC-" + incident);
		assertThat(similar).containsText("The deploy lowered the connection pool default from 50 to 10");
		assertThat(similar).containsText("Pin the pool size in configuration");
		ana.look("review-similar-incident");
		ana.open("/reviews/actions");
		assertThat(ana.page().locator("table.actions")).containsText("Pin the pool size");
		ana.look("review-actions");
		org.assertj.core.api.Assertions.assertThat(ana.problems()).isEmpty();
	}

	private static void writeAccount(Page page, String saw, boolean share) {
		Locator form = page.locator("form[aria-label='Your account']");
		if (!form.isVisible()) {
			page.locator("#section-accounts summary").click();
		}
		form.getByLabel("What I saw").fill(saw);
		form.getByLabel("Share with everyone").setChecked(share);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save account")).click();
		page.waitForLoadState();
	}

	private static void addFactor(Page page, String text) {
		Locator section = page.locator("#section-factors details.add-factor");
		section.locator("summary").click();
		section.locator("textarea[name=description]").fill(text);
		section.locator("input[name=evidence]").first().check();
		section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
		page.waitForLoadState();
	}

	private static void addAction(Page page, String title) {
		Locator section = page.locator("#section-actions");
		section.locator("summary").click();
		section.locator("input[name=title]").fill(title);
		section.locator("input[name=due]").fill("2030-01-31");
		section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add action item")).click();
		page.waitForLoadState();
	}

	private static void signIn(BrowserPage tab, String email) {
		tab.open("/login");
		tab.page().getByLabel("E-mail address").fill(email);
		tab.page().getByLabel("Password").fill(ReviewFixtures.PASSWORD);
		tab.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		tab.page().waitForURL("**/home");
	}

}
