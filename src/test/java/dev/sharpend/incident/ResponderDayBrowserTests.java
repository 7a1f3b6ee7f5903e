package dev.sharpend.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.RoleId;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.sharpend.incident.IncidentFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder's day in Chromium, from the first alert to the review: a storm of three
 * rules arrives and home shows it; the critical group is declared as an incident at SEV1,
 * and declaring again offers that incident; a scribe is picked by name; the incident is
 * published under a public title; once resolved, the public record, the history and the
 * v2 JSON still say how bad it was and what it affected; an incident migrated from
 * earlier lands on its own day's bar; and the review is written and linked from the
 * incident.
 */
@SharpendIntegrationTest
class ResponderDayBrowserTests {

	private static final RoleId RESPONDER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void fromAnAlertStormToAReviewLinkedFromItsIncident() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String run = UUID.randomUUID().toString().substring(0, 6);
		JsonNode statusPage = f.statusPage("Shop " + run);
		String pagePath = "/api/v1/status-pages/" + statusPage.get("id").asString();
		String slug = statusPage.get("slug").asString();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String api = expect(201,
				f.admin()
					.postJson(pagePath + "/components",
							Map.of("name", "Checkout API " + run, "startDate", today.minusDays(30).toString())))
			.get("id")
			.asString();
		String priya = "Priya Raman " + run;
		String priyaEmail = "priya-" + run + "@example.test";
		this.accounts.create(new Accounts.NewUser(priyaEmail, priya, "priya's long password", RESPONDER), "test");

		// The storm: three rules, each firing on several hosts; older than anything else
		// waiting, so they are the groups home lists first.
		String hook = f.alertmanagerHook();
		String critical = "CheckoutErrors" + run;
		storm(hook, critical, "critical", Duration.ofDays(60));
		storm(hook, "QueueBacklog" + run, "warning", Duration.ofDays(59));
		storm(hook, "DiskFilling" + run, "warning", Duration.ofDays(58));
		long group = f.groupId(critical);

		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		Locator alerts = page.locator("#home-alerts");
		assertThat(alerts).containsText(critical);
		assertThat(alerts).containsText("QueueBacklog" + run);
		assertThat(alerts).containsText("DiskFilling" + run);
		admin.look("day-home-storm");

		admin.open("/alerts/groups/" + group);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Declare incident…")).click();
		Locator declare = page.locator("#declare");
		assertThat(declare.locator("select[name=severity]")).hasValue("SEV1");
		declare.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Declare incident")).click();
		page.waitForURL("**/response/incidents/*");
		long incident = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
		assertThat(page.locator("#incident-severity")).hasText("SEV1");

		admin.open("/response/incidents/declare?group=" + group);
		assertThat(page.locator("h1")).containsText("already in INC-" + incident);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open INC-" + incident)).click();
		page.waitForURL("**/response/incidents/" + incident);

		Locator roles = page.locator("#roles");
		roles.locator("summary").click();
		roles.getByLabel("Role").selectOption("scribe");
		Locator person = roles.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Person"));
		person.pressSequentially("Priya");
		// The browser draws the suggestion list outside the page; take the entry it
		// offers.
		String offered = (String) person.evaluate(
				"(input, typed) => [...input.list.options].map((o) => o.value).find((v) => v.startsWith(typed))",
				priya);
		person.fill(offered);
		roles.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign")).click();
		assertThat(page.locator("[data-role=scribe] .person")).hasText(priya);

		expect(200, f.admin().sendJson("PATCH", "/api/v1/incidents/" + incident, Map.of("components", List.of(api))));
		page.reload();
		Locator publish = page.locator("#publish");
		assertThat(publish.getByLabel("Public title")).hasValue(critical + " (job=api)");
		publish.getByLabel("Public title").fill("Some payments fail " + run);
		publish.locator("select[name='component." + api + "']").selectOption("partial_outage");
		publish.getByLabel("Public update").fill("Some card payments fail. We are on it.");
		publish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
		page.waitForLoadState();
		admin.look("day-incident-published");
		String notice = f.admin()
			.get(pagePath + "/incidents")
			.json()
			.get("items")
			.valueStream()
			.filter((n) -> n.get("name").asString().equals("Some payments fail " + run))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
		expect(201,
				f.admin()
					.postJson(pagePath + "/incidents/" + notice + "/updates", Map.of("status", "resolved", "body",
							"Payments work again.", "components", Map.of(api, "operational"))));
		page.locator("#incident-head")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve"))
			.click();
		page.waitForLoadState();

		// Resolved, the public record still says how bad it was and what it affected.
		BrowserPage reader = new BrowserPage(chromium.browser(), this.port);
		Page tab = reader.page();
		Eventually.await("the public page to show the resolved incident",
				() -> Api.anonymous(this.port).get("/p/" + slug + "/history").body().contains("Payments work again."));
		reader.open("/p/" + slug + "/incidents/" + notice);
		assertThat(tab.locator(".affected-summary")).hasText("This incident affected: Checkout API " + run);
		assertThat(tab.locator("main")).containsText("Major");
		reader.open("/p/" + slug + "/history");
		assertThat(tab.locator("main")).containsText("Impact: Major");
		JsonNode v2 = Api.anonymous(this.port).get("/p/" + slug + "/api/v2/incidents.json").json();
		JsonNode published = v2.get("incidents")
			.valueStream()
			.filter((i) -> i.get("id").asString().equals(notice))
			.findFirst()
			.orElseThrow();
		assertThat(published.get("impact").asString()).isEqualTo("major");
		assertThat(published.get("components").valueStream().map((c) -> c.get("name").asString()))
			.containsExactly("Checkout API " + run);

		// Migrated from earlier: three days ago, 09:00 to 14:00 UTC.
		Instant started = today.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(9));
		String backfilled = expect(201,
				f.admin()
					.postJson(pagePath + "/incidents",
							Map.of("name", "Checkout API down " + run, "body", "Every call answers 503.", "displayAt",
									started.toString(), "components", Map.of(api, "major_outage"))))
			.get("id")
			.asString();
		expect(201,
				f.admin()
					.postJson(pagePath + "/incidents/" + backfilled + "/updates",
							Map.of("status", "resolved", "body", "Rolled back.", "displayAt",
									started.plus(Duration.ofHours(5)).toString(), "components",
									Map.of(api, "operational"))));
		Eventually.await("the public page to show the migrated incident",
				() -> Api.anonymous(this.port).get("/p/" + slug + "/history").body().contains("Rolled back."));
		reader.open("/p/" + slug + "/");
		String day = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).format(today.minusDays(3));
		tab.locator("a.uptime-day[aria-label^='" + day + "']").click();
		Locator details = tab.locator(".day-details:popover-open");
		assertThat(details).containsText("Major outage");
		assertThat(details).containsText("5 h");
		assertThat(details).containsText("Checkout API down " + run);
		reader.look("day-public-page");

		admin.open("/response/incidents/" + incident);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write review")).click();
		page.waitForURL("**/reviews/*");
		String review = page.url().substring(page.url().lastIndexOf('/') + 1);
		admin.open("/response/incidents/" + incident);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Read review #" + review)).click();
		page.waitForURL("**/reviews/" + review);
		assertThat(admin.problems()).isEmpty();
		assertThat(reader.problems()).isEmpty();
	}

	/** One rule firing on three hosts, its alerts started {@code ago}. */
	private void storm(String hook, String rule, String severity, Duration ago) {
		List<Map<String, Object>> alerts = new ArrayList<>();
		for (String host : List.of("web-1", "web-2", "web-3")) {
			alerts.add(Map.of("status", "firing", "fingerprint", rule + "/" + host, "labels",
					Map.of("alertname", rule, "instance", host, "job", "api", "severity", severity), "annotations",
					Map.of("summary", rule + " on " + host), "startsAt", Instant.now().minus(ago).toString(), "endsAt",
					"0001-01-01T00:00:00Z"));
		}
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "receiver", "sharpend", "groupLabels",
					Map.of("alertname", rule), "alerts", alerts));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

}
