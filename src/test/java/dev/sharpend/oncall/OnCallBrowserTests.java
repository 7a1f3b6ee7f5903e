package dev.sharpend.oncall;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator finds on call in the settings, adds a schedule to a team, a daily
 * rotation starting tomorrow (so today is a gap) and an override, and reads the timeline;
 * a rotation in an unknown zone comes back with the message and what was typed. A secret
 * calendar link serves the shifts until it is revoked. The pages are looked at in light
 * and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class OnCallBrowserTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void anAdminAddsARotationAndAnOverrideAndSeesTheGapInTheTimeline() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		// Everyone is offered as a member; a long address must not push the page
		// sideways.
		f.person("Long" + "x".repeat(150));
		String team = OnCallFixtures.team(f.admin(), "Europe/Berlin", List.of(alice, bob));
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		admin.open("/settings");
		// Settings lists it, as does the main navigation.
		page.locator("#main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("On call")).click();
		page.waitForURL("**/oncall/teams");
		admin.look("oncall-teams");

		admin.open("/oncall/teams/" + team);
		Locator roles = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Admins of the team"));
		roles.getByLabel(bob.displayName(), new Locator.GetByLabelOptions().setExact(true)).check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save roles")).click();
		assertThat(page.locator("#main")).containsText("Roles saved.");
		assertThat(roles.getByLabel(bob.displayName(), new Locator.GetByLabelOptions().setExact(true))).isChecked();
		assertThat(roles.getByLabel(alice.displayName(), new Locator.GetByLabelOptions().setExact(true))).not()
			.isChecked();
		admin.look("oncall-team-roles");
		Locator newSchedule = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("New schedule"));
		newSchedule.getByLabel("Name").fill("Primary");
		newSchedule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create schedule")).click();
		page.waitForURL("**/oncall/schedules/*");

		LocalDate tomorrow = LocalDate.now(BERLIN).plusDays(1);
		Locator rotation = page.locator("#new-rotation");
		rotation.getByLabel("Name").fill("Daily");
		rotation.getByLabel("Participants").fill(alice.email() + "\n" + bob.email());
		rotation.getByLabel("Shift length").fill("1");
		rotation.getByLabel("Unit").selectOption("days");
		rotation.getByLabel("First handoff").fill(tomorrow + "T09:00");
		rotation.getByLabel("Time zone").fill("Mars/Base");
		rotation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add rotation")).click();
		assertThat(page.locator("#new-rotation [role=alert]")).containsText("There is no time zone Mars/Base");
		assertThat(rotation.getByLabel("Name")).hasValue("Daily");

		rotation.getByLabel("Time zone").fill("Europe/Berlin");
		rotation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add rotation")).click();
		page.waitForURL("**?saved=rotation");
		assertThat(page.locator("#layers-title ~ article h3")).hasText("Layer 1: Daily");

		Locator override = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add an override"));
		override.getByLabel("Who").selectOption(bob.id().toString());
		override.getByLabel("From").fill(tomorrow.plusDays(2) + "T18:00");
		override.getByLabel("Until").fill(tomorrow.plusDays(3) + "T09:00");
		override.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add override")).click();
		page.waitForURL("**?saved=override");

		assertThat(page.locator(".timeline .gap")).hasCount(1);
		assertThat(page.locator(".timeline text").filter(new Locator.FilterOptions().setHasText("Alice")).first())
			.isVisible();
		page.getByText("Final schedule as a list").click();
		Locator list = page.locator(".slot-list li");
		assertThat(list.first()).containsText("nobody on call");
		assertThat(list.nth(1)).containsText("Alice, layer Daily");
		assertThat(page.locator(".slot-list")).containsText("Bob, override");
		admin.look("oncall-schedule");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a calendar link")).click();
		String url = page.getByLabel("Link to the shifts of Primary").inputValue();
		assertThat(url).contains("/oncall/calendar/cal_");
		admin.look("oncall-calendar-link");
		Api calendarApp = Api.anonymous(this.port);
		String path = url.substring(url.indexOf("/oncall/"));
		assertThat(calendarApp.get(path).body()).contains("SUMMARY:On call: Alice (Daily)");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the schedule")).click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the link made").setExact(false))
			.click();
		page.waitForURL("**?saved=calendar");
		assertThat(page.locator("#calendar")).containsText("No calendar link.");
		assertThat(calendarApp.get(path).status()).isEqualTo(404);
		assertThat(admin.problems()).isEmpty();
	}

}
