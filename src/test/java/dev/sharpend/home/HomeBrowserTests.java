package dev.sharpend.home;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder opens the start page in the middle of an incident, follows it to the
 * incident, sees a new incident appear when the page refreshes, and finds the wording
 * check from the reviews. The page and the top bar are looked at in light and dark, on a
 * phone and a desktop (screenshots in {@code target/screenshots/}).
 */
@SharpendIntegrationTest
@Import(HomeFixtures.MovableTime.class)
class HomeBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Test
	void aResponderSeesWhatNeedsAttentionAndFollowsIt() {
		HomeFixtures f = new HomeFixtures(this.port, this.accounts, this.roles);
		String run = HomeFixtures.unique("");
		long incident = f.declare("Payments failing for card holders in the EU " + run, "SEV1");
		f.declare("Search results stale " + run, "SEV3");
		f.triggeredGroup("PaymentsErrorRate" + run);
		long review = f.review(null, "Near miss: expired certificate " + run);
		f.actionItem(review, "Alert on certificates 14 days ahead " + run, HomeFixtures.today(this.clock).minusDays(2));
		f.statusPageInTrouble("Acme Cloud", this.clock.instant().plus(Duration.ofDays(3)));
		long waiting = f.declare("Queue backlog " + run, "SEV2");
		f.resolve(waiting);
		this.clock.advance(Duration.ofDays(3));
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		Page page = tab.page();
		tab.signInAsAdmin();

		assertThat(page.locator("#home-incidents li").first()).containsText("Payments failing");
		assertThat(page.locator("#home-alerts")).containsText("PaymentsErrorRate" + run);
		assertThat(page.locator("#home-actions")).containsText("Overdue");
		assertThat(page.locator("#home-reviews")).containsText("Queue backlog " + run);
		assertThat(page.locator("#home-pages")).containsText("Acme Cloud");
		assertThat(page.locator("#home-maintenance")).containsText("Database upgrade Acme Cloud");
		assertThat(page.locator(".topbar nav")).containsText("Insights");
		assertThat(page.locator(".topbar nav")).containsText("Providers");
		tab.look("home");
		page.setViewportSize(1280, 900);
		assertThat(page.locator(".topbar").boundingBox().height).as("one row at 1280 px").isLessThan(60);
		page.setViewportSize(390, 900);
		assertThat(page.locator(".topbar").boundingBox().height).as("compact on a phone").isLessThan(140);
		page.setViewportSize(1280, 900);

		f.declare("Login errors " + run, "SEV2");
		// What the page's 30 s poll does, asked for at once.
		page.evaluate("() => htmx.ajax('GET', '/home/attention', {target: '#attention', swap: 'outerHTML'})");
		assertThat(page.locator("#home-incidents")).containsText("Login errors " + run);
		assertThat(page.locator("#attention")).hasAttribute("hx-trigger", "every 30s");

		page.locator("#home-incidents").getByText("Payments failing for card holders in the EU " + run).click();
		page.waitForURL("**/response/incidents/" + incident);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reviews").setExact(true)).click();
		page.waitForURL("**/reviews");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Check wording")).click();
		page.waitForURL("**/language-review");
		assertThat(page.locator(".topbar nav a.active")).hasText("Reviews");
		assertThat(tab.problems()).isEmpty();
	}

}
