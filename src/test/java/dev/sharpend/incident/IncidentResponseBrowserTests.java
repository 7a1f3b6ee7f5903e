package dev.sharpend.incident;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when": an alert group arrives from Alertmanager, a responder declares
 * an incident from it, two people write the timeline (each sees the other's entries
 * appear without reloading), a hypothesis is recorded and refuted, and the incident is
 * resolved. The incident page is looked at light and dark, narrow and wide; screenshots
 * go to {@code target/screenshots/}. A role is given by picking a colleague by name, who
 * is then shown by name with the e-mail address on hover.
 */
@SharpendIntegrationTest
class IncidentResponseBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	private final List<String> problems = new ArrayList<>();

	@Test
	void aRoleIsGivenByPickingAPersonByName() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String email = "priya-" + suffix + "@example.test";
		String name = "Priya Raman " + suffix;
		this.accounts.create(new Accounts.NewUser(email, name, "priya's long password", RESPONDER), "test");
		long number = new IncidentFixtures(this.port).declare("Payments failing").get("number").asLong();

		BrowserPage page = new BrowserPage(chromium.browser(), this.port);
		page.signInAsAdmin();
		page.open("/response/incidents/" + number);
		Page tab = page.page();
		Locator roles = tab.locator("#roles");
		roles.locator("summary").click();
		roles.getByLabel("Role").selectOption("scribe");
		Locator person = roles.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Person"));
		person.pressSequentially("Priya");
		// The browser draws the suggestion list itself, out of reach of the page: the
		// test
		// takes the entry it offers for the name, as choosing it would.
		String offered = (String) person.evaluate(
				"(input, typed) => [...input.list.options].map((o) => o.value).find((v) => v.startsWith(typed))", name);
		assertThat(offered).isEqualTo(name + " <" + email + ">");
		page.look("incident-people-picker");
		person.fill(offered);
		roles.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign")).click();

		Locator scribe = tab.locator("[data-role=scribe] .person");
		assertThat(scribe).hasText(name);
		assertThat(scribe).hasAttribute("title", email);
		assertThat(tab.locator("#people")).containsText(name);
		assertThat(tab.locator(".timeline")).containsText(name + " is scribe.");
		page.look("incident-people");
		assertThat(page.problems()).isEmpty();
	}

	@Test
	void twoRespondersWorkAnIncidentFromAlertGroupToResolution() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String alertname = "CheckoutErrors" + System.nanoTime();
		f.fire(f.alertmanagerHook(), alertname, "web-1", "firing");
		String second = "bo-" + UUID.randomUUID() + "@example.com";
		this.accounts.create(new Accounts.NewUser(second, "Bo", "bo's long password", RESPONDER), "test");

		Page ana = signIn(TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		open(ana, "/home");
		ana.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incidents").setExact(true)).click();
		ana.waitForURL("**/response/incidents");
		Locator declare = ana.locator("#declare");
		declare.locator("label.check:has-text('" + alertname + "') input").check();
		declare.getByLabel("Title").fill("Checkout failing");
		declare.locator("select[name=severity]").selectOption("SEV2");
		declare.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Declare incident")).click();
		ana.waitForURL("**/response/incidents/*");
		String path = ana.url().substring(ana.url().indexOf("/response"));
		assertThat(ana.locator("#incident-status")).hasText("Investigating");
		assertThat(ana.locator("#alert-groups")).containsText(alertname);
		// People are shown by name; the bootstrap administrator's is taken from the
		// e-mail.
		assertThat(ana.locator("[data-role=commander]")).hasText("admin");
		assertThat(ana.locator("[data-role=commander] .person")).hasAttribute("title", TestKeys.ADMIN_EMAIL);

		Page bo = signIn(second, "bo's long password");
		open(bo, path);
		addEntry(ana, "observation", "Checkout returns **502** for a third of requests");
		assertThat(bo.locator(".timeline")).containsText("Checkout returns 502 for a third of requests");
		addEntry(bo, "action", "Rolled back the payment gateway deploy");
		assertThat(ana.locator(".timeline .kind-action")).containsText("Rolled back the payment gateway deploy");
		assertThat(ana.locator(".timeline .kind-action .author")).hasText("Bo");
		assertThat(ana.locator(".timeline .kind-action .author")).hasAttribute("title", second);

		// Ana corrects her entry while Bo keeps writing: the live refresh keeps her open
		// form.
		Locator mine = ana.locator(".timeline .entry:has-text('for a third of requests')");
		mine.locator("details.entry-edit summary").click();
		mine.locator("textarea[name=body]").fill("Checkout returns **502** for a third of requests in eu-west");
		addEntry(bo, "observation", "A note written twice by mistake");
		assertThat(ana.locator(".timeline")).containsText("A note written twice by mistake");
		assertThat(mine.locator("textarea[name=body]"))
			.hasValue("Checkout returns **502** for a third of requests in eu-west");
		mine.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save entry")).click();
		assertThat(bo.locator(".timeline")).containsText("for a third of requests in eu-west");
		Locator twice = bo.locator(".timeline .entry:has-text('written twice by mistake')");
		twice.locator("details.entry-edit summary").click();
		twice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove entry")).click();
		assertThat(ana.locator(".timeline")).not().containsText("written twice by mistake");

		ana.getByLabel("New hypothesis").fill("The new gateway client leaks connections");
		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record hypothesis")).click();
		Locator hypothesis = bo.locator(".hypothesis:has-text('leaks connections')");
		assertThat(hypothesis.locator(".hstatus")).hasText("Open");
		hypothesis.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Refute")).click();
		assertThat(ana.locator(".hypothesis:has-text('leaks connections') .hstatus")).hasText("Refuted");
		assertThat(ana.locator(".timeline"))
			.containsText("Hypothesis refuted: The new gateway client leaks connections");

		ana.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resolve")).click();
		assertThat(ana.locator("#incident-status")).hasText("Resolved");
		assertThat(bo.locator("#incident-status")).hasText("Resolved");
		assertThat(bo.locator(".timeline")).containsText("Status changed from Investigating to Resolved");

		open(ana, path + "?author=" + second);
		assertThat(ana.locator(".timeline .entry .entry-body"))
			.hasText(new String[] { "Hypothesis refuted: The new gateway client leaks connections",
					"Rolled back the payment gateway deploy" });
		open(ana, path);
		look(ana, "incident-page");
		open(ana, "/response/incidents?show=all");
		look(ana, "incident-list");
		assertThat(this.problems).isEmpty();
	}

	private void addEntry(Page page, String kind, String body) {
		Locator form = page.locator("#add-entry");
		form.locator("select[name=kind]").selectOption(kind);
		form.getByLabel("What happened").fill(body);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add entry")).click();
		page.waitForLoadState();
	}

	private Page signIn(String email, String password) {
		BrowserContext context = chromium.browser().newContext();
		Page page = context.newPage();
		open(page, "/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		page.waitForURL("**/home");
		return page;
	}

	private void open(Page page, String path) {
		page.navigate("http://localhost:" + this.port + path);
	}

	private void look(Page page, String name) {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : new int[] { 390, 1280 }) {
				page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
				page.setViewportSize(width, 900);
				String variant = name + "-" + scheme.name().toLowerCase() + "-" + width;
				page.screenshot(
						new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(variant + ".png")).setFullPage(true));
				if (!(Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")) {
					this.problems.add(variant + " scrolls sideways: " + page.evaluate(
							"() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).slice(0, 6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')"));
				}
			}
		}
		page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		page.setViewportSize(1280, 900);
	}

}
