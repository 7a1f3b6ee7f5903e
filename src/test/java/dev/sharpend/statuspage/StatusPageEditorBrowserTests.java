package dev.sharpend.statuspage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Chromium;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor builds a page in Chromium: components, a status incident with two updates, a
 * maintenance that starts and completes by itself as the (injected) clock moves, and the
 * public page, its history and detail pages show all of it. Script typed into an update
 * never runs. Every page is looked at in light and dark, on a phone and a desktop;
 * screenshots go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class StatusPageEditorBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final String XSS = "<img src=x onerror=\"alert('xss')\"> <script>alert('xss')</script> **fixed**";

	private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	MaintenanceSchedule schedule;

	private final List<String> problems = new ArrayList<>();

	private final List<String> dialogs = new ArrayList<>();

	private Page page;

	@BeforeAll
	static void startChromium() {
		Chromium.requireInstalled();
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void anEditorBuildsAPageThatShowsIncidentsAndMaintenanceRunningByThemselves() {
		signIn();
		String slug = "b-" + UUID.randomUUID().toString().substring(0, 8);
		open("/status-pages");
		Locator newPage = this.page.locator("form:has(#new-page-title)");
		newPage.getByLabel("Name", EXACT).fill("Acme Cloud");
		newPage.getByLabel("Slug").fill(slug);
		newPage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create page")).click();
		this.page.waitForURL("**/status-pages/*");
		String pageId = this.page.url().substring(this.page.url().lastIndexOf('/') + 1).replaceAll("#.*", "");
		look("editor-new");
		addComponent("API");
		addComponent("Website");

		Locator apiStatus = this.page.locator(".component-row:has(.component-name:text-is('API')) select[name=status]");
		apiStatus.selectOption("degraded_performance");
		assertThat(this.page.locator(".component-row:has(.component-name:text-is('API')) .saved"))
			.hasText("Saved: Degraded performance");

		Locator incident = this.page.locator("#new-incident-form");
		incident.getByLabel("Name", EXACT).fill("Slow API responses");
		incident.getByLabel("First update").fill("We are **looking** into slow responses.");
		assertThat(incident.locator(".md-preview strong")).hasText("looking");
		incident.locator(".pick:has-text('API') input[type=checkbox]").check();
		incident.locator(".pick:has-text('API') select").selectOption("partial_outage");
		incident.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish status incident")).click();
		this.page.waitForURL("**#incidents");
		this.clock.advance(Duration.ofMinutes(5));
		Locator open = this.page.locator("article.notice-card:has-text('Slow API responses')");
		open.locator("textarea[name=body]").fill(XSS);
		open.locator("select[name=status]").selectOption("identified");
		open.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post update")).click();
		this.page.waitForURL("**#notice-*");

		Instant start = this.clock.instant().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		Locator maintenance = this.page.locator("#new-maintenance");
		maintenance.getByLabel("Name", EXACT).fill("Database upgrade");
		maintenance.getByLabel("From").fill(LOCAL.format(start));
		maintenance.getByLabel("Until").fill(LOCAL.format(start.plus(1, ChronoUnit.HOURS)));
		maintenance.getByLabel("What will happen").fill("Upgrading the database to a new major version.");
		maintenance.locator("label.check:has-text('Website') input").check();
		maintenance.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Schedule maintenance")).click();
		this.page.waitForURL("**#maintenances");
		look("editor-full");

		openPublic(slug);
		assertThat(this.page.locator(".banner")).containsText("Partial");
		assertThat(this.page.locator("body")).containsText("Slow API responses");
		assertThat(this.page.locator("body")).containsText("We are looking into slow responses.");
		assertThat(this.page.locator(".body strong").filter(new Locator.FilterOptions().setHasText("fixed")))
			.hasCount(1);
		assertThat(this.page.locator("body")).containsText("Database upgrade");
		look("public-scheduled");

		this.clock.advance(Duration.ofMinutes(61));
		this.schedule.runDue();
		openPublic(slug);
		assertThat(this.page.locator("body")).containsText("Maintenance in progress");
		assertThat(this.page.locator(".component:has-text('Website') .status")).hasText("Under maintenance");
		look("public-maintenance");

		this.clock.advance(Duration.ofMinutes(61));
		this.schedule.runDue();
		openPublic(slug);
		assertThat(this.page.locator(".component:has-text('Website') .status")).hasText("Operational");
		assertThat(this.page.locator("body")).not().containsText("Maintenance in progress");

		String incidentId = noticeId(pageId, "incidents");
		open("/p/" + slug + "/incidents/" + incidentId);
		assertThat(this.page.locator("h1")).hasText("Slow API responses");
		assertThat(this.page.locator(".timeline > li")).hasCount(2);
		look("public-incident");
		open("/p/" + slug + "/incidents/" + noticeId(pageId, "maintenances"));
		assertThat(this.page.locator("body")).containsText("The scheduled maintenance has been completed.");
		open("/p/" + slug + "/history");
		assertThat(this.page.locator("body")).containsText("Database upgrade");
		look("public-history");

		open("/status-pages/" + pageId);
		// The preview loads lazily, once scrolled near.
		this.page.locator("iframe.preview").scrollIntoViewIfNeeded();
		assertThat(this.page.frameLocator("iframe.preview").locator("h1")).hasText("Acme Cloud");
		open("/status-pages");
		look("list");
		assertThat(this.dialogs).as("script in an update never runs").isEmpty();
		assertThat(this.problems).isEmpty();
	}

	private void signIn() {
		this.page = browser.newContext().newPage();
		this.page.onDialog((dialog) -> {
			this.dialogs.add(dialog.message());
			dialog.dismiss();
		});
		open("/login");
		this.page.getByLabel("E-mail address").fill(TestKeys.ADMIN_EMAIL);
		this.page.getByLabel("Password").fill(TestKeys.ADMIN_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.waitForURL("**/home");
	}

	private void addComponent(String name) {
		Locator form = this.page.locator("form:has(#new-component-title)");
		form.getByLabel("Name", EXACT).fill(name);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
		assertThat(this.page.locator(".component-name:text-is('" + name + "')")).hasCount(1);
	}

	private String noticeId(String pageId, String kind) {
		JsonNode items = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.get("/api/v1/status-pages/" + pageId + "/" + kind)
			.json()
			.get("items");
		return items.get(0).get("id").asString();
	}

	/**
	 * The public page is cacheable for a few seconds; a new URL skips the browser's copy.
	 */
	private void openPublic(String slug) {
		open("/p/" + slug + "/?seen=" + System.nanoTime());
	}

	private void open(String path) {
		this.page.navigate("http://localhost:" + this.port + path);
	}

	private void look(String name) {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : new int[] { 390, 1280 }) {
				this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
				this.page.setViewportSize(width, 900);
				String variant = "statuspage-" + name + "-" + scheme.name().toLowerCase() + "-" + width;
				this.page.screenshot(
						new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(variant + ".png")).setFullPage(true));
				if (!(Boolean) this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")) {
					this.problems.add(variant + " scrolls sideways");
				}
			}
		}
		this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		this.page.setViewportSize(1280, 900);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Clock.systemUTC().instant());
		}

	}

}
