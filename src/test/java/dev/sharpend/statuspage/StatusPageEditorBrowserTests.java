package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Eventually;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.Chromium;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.OwnApplication;
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
 * The whole of a status page in Chromium, in one flow: an editor sets up e-mail and
 * builds a page with components in the editor; a visitor subscribes on the public page
 * and follows the confirmation link from the mail (a real SMTP server, GreenMail); the
 * editor opens a status incident with two updates, which reach the subscriber by mail,
 * and schedules a maintenance that starts and completes by itself as the (injected) clock
 * moves; the public page, its history and detail pages show all of it. Script typed into
 * an update never runs. Every page is looked at in light and dark, on a phone and a
 * desktop; screenshots go to {@code target/screenshots/}.
 */
@SharpendIntegrationTest
@OwnApplication
class StatusPageEditorBrowserTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private static final String XSS = "<img src=x onerror=\"alert('xss')\"> <script>alert('xss')</script> **fixed**";

	private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	MaintenanceSchedule schedule;

	private final List<String> dialogs = new ArrayList<>();

	private final String subscriber = "reader@" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";

	private BrowserPage tab;

	private Page page;

	@Test
	void aPageBuiltInTheEditorShowsAndMailsIncidentsAndMaintenanceRunningByThemselves() throws Exception {
		signIn();
		useTheTestMailServer();
		String slug = "b-" + UUID.randomUUID().toString().substring(0, 8);
		String pageId = createPage(slug);
		addComponent("API");
		addComponent("Website");
		subscribeAndConfirm(slug);

		openIncidentWithTwoUpdates();
		// Several outbox senders work at once, yet one subscriber gets updates in order.
		assertThat(updateSubjects(2)).containsExactly("[Acme Cloud] Slow API responses – Investigating",
				"[Acme Cloud] Slow API responses – Identified");
		assertThat(raw(mailWithSubject("[Acme Cloud] Slow API responses – Identified")))
			.as("the update, its Markdown rendered and its script inert")
			.contains("<strong>fixed</strong>")
			.contains("&lt;script&gt;alert");
		scheduleMaintenance();
		editorSpeaksInLabelsAndKeepsThePreviewInView();
		openPublic(slug);
		assertThat(this.page.locator(".banner")).containsText("Partial");
		assertThat(this.page.locator("body")).containsText("Slow API responses");
		assertThat(this.page.locator("body")).containsText("We are looking into slow responses.");
		assertThat(this.page.locator(".body strong").filter(new Locator.FilterOptions().setHasText("fixed")))
			.hasCount(1);
		assertThat(this.page.locator("body")).containsText("Database upgrade");
		look("public-scheduled");

		maintenanceRunsByItself(slug);
		assertThat(updateSubjects(5)).contains("[Acme Cloud] Database upgrade – Scheduled",
				"[Acme Cloud] Database upgrade – In progress", "[Acme Cloud] Database upgrade – Completed");
		publicDetailAndHistoryPagesShowEverything(slug, pageId);

		open("/status-pages/" + pageId);
		// The preview loads lazily, once scrolled near.
		this.page.locator("iframe.preview").scrollIntoViewIfNeeded();
		assertThat(this.page.frameLocator("iframe.preview").locator("h1")).hasText("Acme Cloud");
		open("/status-pages");
		look("list");
		assertThat(this.dialogs).as("script in an update never runs").isEmpty();
		assertThat(this.tab.problems()).isEmpty();
	}

	private void signIn() {
		this.tab = new BrowserPage(chromium.browser(), this.port);
		this.page = this.tab.page();
		this.page.onDialog((dialog) -> {
			this.dialogs.add(dialog.message());
			dialog.dismiss();
		});
		this.tab.signInAsAdmin();
	}

	private void useTheTestMailServer() {
		smtp.setUser("sharpend", "smtp-pass-browser");
		open("/admin/smtp");
		this.page.getByLabel("Host").fill("127.0.0.1");
		this.page.getByLabel("Port").fill(String.valueOf(smtp.getSmtp().getPort()));
		this.page.getByLabel("User name").fill("sharpend");
		this.page.getByLabel("Password").fill("smtp-pass-browser");
		this.page.getByLabel("Sender address").fill("status@example.com");
		this.page.getByLabel("Require STARTTLS").uncheck();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
		assertThat(this.page.getByLabel("Host")).hasValue("127.0.0.1");
	}

	private String createPage(String slug) {
		open("/status-pages");
		Locator newPage = this.page.locator("form:has(#new-page-title)");
		newPage.getByLabel("Name", EXACT).fill("Acme Cloud");
		newPage.getByLabel("Slug").fill(slug);
		newPage.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create page")).click();
		this.page.waitForURL("**/status-pages/*");
		look("editor-new");
		return this.page.url().substring(this.page.url().lastIndexOf('/') + 1).replaceAll("#.*", "");
	}

	/** A visitor in a browser of their own subscribes and follows the mailed link. */
	private void subscribeAndConfirm(String slug) {
		BrowserPage visitor = new BrowserPage(chromium.browser(), this.port);
		visitor.open("/p/" + slug + "/?seen=" + System.nanoTime());
		visitor.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Subscribe to updates")).click();
		visitor.page().getByLabel("E-mail address").fill(this.subscriber);
		visitor.look("statuspage-subscribe");
		visitor.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subscribe")).click();
		assertThat(visitor.page().locator("h1")).hasText("Check your inbox");
		MimeMessage confirmation = mails(1).get(0);
		Matcher link = Pattern.compile("https?://[^\\s\"<>]+(/subscriptions/[^/\\s\"<>]+/confirm)")
			.matcher(raw(confirmation));
		assertThat(link.find()).as("a confirmation link").isTrue();
		visitor.open(link.group(1));
		visitor.page().getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
		assertThat(visitor.page().locator("h1")).hasText("Subscription confirmed");
		assertThat(visitor.problems()).isEmpty();
		visitor.page().context().close();
	}

	private void openIncidentWithTwoUpdates() {
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
	}

	private void scheduleMaintenance() {
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
	}

	/**
	 * Readers' words and the page's time zone, not codes and ISO; the preview beside the
	 * sections.
	 */
	private void editorSpeaksInLabelsAndKeepsThePreviewInView() {
		Locator incident = this.page.locator("article.notice-card:has-text('Slow API responses')");
		assertThat(incident.locator(".updates-list > summary")).hasText("2 updates so far");
		assertThat(incident.locator(".badge").first()).hasText("Identified");
		assertThat(incident.locator("select[name=status] option[value=identified]")).hasText("Identified");
		String text = (String) this.page.evaluate("() => document.querySelector('main').innerText");
		assertThat(text).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}").doesNotContain("(s)");
		assertThat(this.page.locator("article.notice-card:has-text('Database upgrade') time").first())
			.containsText("UTC");
		assertThat(this.page.locator("iframe.preview")).isInViewport();
		this.page.setViewportSize(390, 900);
		this.page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections of the editor"))
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Preview"))
			.click();
		assertThat(this.page.locator("iframe.preview")).isInViewport();
		this.page.setViewportSize(1280, 900);
	}

	private void maintenanceRunsByItself(String slug) {
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
	}

	private void publicDetailAndHistoryPagesShowEverything(String slug, String pageId) {
		open("/p/" + slug + "/incidents/" + noticeId(pageId, "incidents"));
		assertThat(this.page.locator("h1")).hasText("Slow API responses");
		assertThat(this.page.locator(".timeline > li")).hasCount(2);
		look("public-incident");
		open("/p/" + slug + "/incidents/" + noticeId(pageId, "maintenances"));
		assertThat(this.page.locator("body")).containsText("The scheduled maintenance has been completed.");
		open("/p/" + slug + "/history");
		assertThat(this.page.locator("body")).containsText("Database upgrade");
		look("public-history");
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

	/** The subscriber's mail, oldest first, once at least this many have arrived. */
	private List<MimeMessage> mails(int atLeast) {
		// The outbox sends on its own schedule, in real time.
		return List.of(Eventually.until(atLeast + " mail(s) to " + this.subscriber,
				() -> smtp.getReceivedMessagesForDomain(this.subscriber), (received) -> received.length >= atLeast));
	}

	/** The message as sent, without quoted-printable line breaks. */
	private MimeMessage mailWithSubject(String subject) throws Exception {
		for (MimeMessage mail : mails(1)) {
			if (subject.equals(mail.getSubject())) {
				return mail;
			}
		}
		throw new AssertionError("No mail titled " + subject);
	}

	private static String raw(MimeMessage mail) {
		return GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "").replace("=\n", "");
	}

	/** Subjects of the update mails, after the confirmation request. */
	private List<String> updateSubjects(int atLeast) throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage mail : mails(atLeast + 1)) {
			subjects.add(mail.getSubject());
		}
		return subjects.subList(1, subjects.size());
	}

	/**
	 * The public page is cacheable for a few seconds; a new URL skips the browser's copy.
	 */
	private void openPublic(String slug) {
		open("/p/" + slug + "/?seen=" + System.nanoTime());
	}

	private void open(String path) {
		this.tab.open(path);
	}

	private void look(String name) {
		this.tab.look("statuspage-" + name);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			// Whole microseconds, as the database stores them: a time rounded up on the
			// way in
			// would stay in the future of a clock that stands still, and the outbox would
			// never
			// find its deliveries due.
			return MovableClock.at(Clock.systemUTC().instant().truncatedTo(ChronoUnit.MICROS));
		}

	}

}
