package dev.sharpend.oncall;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator leaving Opsgenie finds the import from the on-call teams, pastes a
 * schedule, reads the plan, imports it and opens the new schedule; an uploaded calendar
 * shows its plan, and an unknown person is named in the refusal. The pages are looked at
 * in light and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class ImportBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@TempDir
	Path files;

	@Test
	void anAdminReadsThePlanThenImportsAnOpsgenieSchedule() throws IOException {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		User carol = f.person("Carol");
		String team = OnCallFixtures.team(f.admin(), "Europe/Berlin", List.of(alice, bob, carol));
		String json = ImportTestData.fixture("opsgenie-schedule.json")
			.replace("alice@example.test", alice.email())
			.replace("bob@example.test", bob.email())
			.replace("carol@example.test", carol.email());
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		admin.open("/oncall/teams/" + team);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import a schedule or escalation policy"))
			.click();
		page.waitForURL("**/oncall/import?team=*");
		Locator form = page.locator("#import-form");
		form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).selectOption("opsgenie-schedule");
		form.getByLabel("Paste the JSON or the calendar").fill(json.replace(carol.email(), "mallory@example.test"));
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show plan")).click();
		assertThat(form.getByRole(AriaRole.ALERT)).containsText("No Sharpend user has the e-mail mallory@example.test");
		assertThat(form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)))
			.hasValue("opsgenie-schedule");

		form.getByLabel("Paste the JSON or the calendar").fill(json);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show plan")).click();
		Locator plan = page.locator("#plan");
		assertThat(plan).containsText("1 will map, 2 partly, 0 cannot");
		assertThat(plan.locator(".mark-partly").first()).containsText("Opsgenie puts the people of every rotation");
		assertThat(plan).containsText("empty turn");
		admin.look("oncall-import-plan");

		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Import").setExact(true)).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule Payments_schedule")).click();
		page.waitForURL("**/oncall/schedules/*");
		assertThat(page.locator("#layers-title ~ article h3").first()).hasText("Layer 2: Business hours");

		String calendar = ImportTestData.fixture("grafana-oncall.ics")
			.replace("[L0] alice", "[L0] " + alice.email())
			.replace("bob@example.test", bob.email())
			.replace("Carol Jones", carol.email());
		Path ics = Files.writeString(this.files.resolve("payments.ics"), calendar, StandardCharsets.UTF_8);
		admin.open("/oncall/import?team=" + team);
		form.getByLabel("Source", new Locator.GetByLabelOptions().setExact(true)).selectOption("ical");
		form.getByLabel("or upload an .ics file").setInputFiles(ics);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Show plan")).click();
		assertThat(page.locator("#plan .mark-partly").first()).containsText("⚠ fixed shifts until");
		assertThat(form.getByLabel("Paste the JSON or the calendar")).hasValue(calendar.replace("\r\n", "\n"));
		admin.look("oncall-import-calendar");
		assertThat(admin.problems()).isEmpty();
	}

}
