package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person paged opens the acknowledge link on a phone without signing in and presses
 * the button; the alert group's page then shows who was paged and who acknowledged. The
 * pages are looked at in light and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class PagingBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Teams teams;

	@Autowired
	EscalationPolicyRepository policies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PageLinks links;

	@Autowired
	Clock clock;

	@Test
	void thePagedPersonAcknowledgesFromAPhoneAndTheGroupShowsIt() {
		PagingFixtures f = new PagingFixtures(this.port, this.accounts, this.teams, this.policies, this.jdbc,
				this.clock);
		User alice = f.person("Alice Smith");
		PagingFixtures.Hook hook = f.routedTo(f.policy(Duration.ofMinutes(5), List.of(List.of(alice))));
		f.fire(hook, "CheckoutErrors");
		long group = f.group(hook, "CheckoutErrors");
		Eventually.await("Alice paged", () -> f.pages(group).equals(List.of("Alice Smith/1")));
		UUID pageId = this.jdbc.sql("select id from oncall_page where group_id = :g")
			.param("g", group)
			.query(UUID.class)
			.single();
		String link = "/page/" + this.links.token(pageId, alice.id(), PageLinks.Action.ACKNOWLEDGE,
				this.clock.instant().plus(Duration.ofHours(1)));

		BrowserPage phone = new BrowserPage(chromium.browser(), this.port);
		phone.open(link);
		Locator button = phone.page()
			.getByRole(AriaRole.BUTTON,
					new com.microsoft.playwright.Page.GetByRoleOptions().setName("Acknowledge as Alice Smith"));
		assertThat(button).isVisible();
		phone.look("page-link");
		button.click();
		assertThat(phone.page().getByRole(AriaRole.STATUS)).containsText("Acknowledged by Alice Smith at");
		phone.look("page-link-acknowledged");

		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		admin.signInAsAdmin();
		admin.open("/alerts/groups/" + group);
		assertThat(admin.page().locator("#paging"))
			.containsText("Paged Alice Smith just now by e-mail (step 1), acknowledged by Alice Smith");
		assertThat(admin.page().locator("#paging")).containsText("Escalation stopped: acknowledged.");
		admin.look("alert-group-paging");

		assertThat(phone.problems()).isEmpty();
		assertThat(admin.problems()).isEmpty();
	}

}
