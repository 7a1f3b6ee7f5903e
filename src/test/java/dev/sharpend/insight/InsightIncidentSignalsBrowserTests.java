package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.Teams;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift signals about incidents on Insights, each with its evidence: a new incident
 * of a rule whose earlier incident's review still has an overdue action item, that item
 * overdue for its owner's team, and an incident resolved six days ago without a review. A
 * team acknowledges the recurring incident with a note. Looked at in light and dark, on a
 * phone and a desktop.
 */
@LoopbackIntegrationTest
class InsightIncidentSignalsBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	InsightRollup rollup;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Teams teams;

	@AfterEach
	void realTime() {
		this.clock.set(Instant.now());
	}

	@Test
	void recurringIncidentsMissingReviewsAndOverdueActionsShowTheirEvidence() {
		InsightFixtures history = new InsightFixtures(this.port, this.clock);
		Api admin = history.admin();
		String team = "Storage " + System.nanoTime();
		this.teams.create(team, "Europe/Berlin",
				List.of(UserId.of(admin.get("/api/v1/me").json().get("id").asString())));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		// forty days ago: an incident from the rule's group, resolved and reviewed, with
		// an action item due ten days ago and still open
		Instant past = now.minus(Duration.ofDays(40));
		long pastGroup = history.fire(past);
		long pastIncident = declare(admin, "Disk full", pastGroup);
		history.resolve(past.plus(Duration.ofMinutes(30)));
		resolve(admin, pastIncident, past.plus(Duration.ofHours(1)));
		this.clock.set(now);
		long review = expect(201, admin.postJson("/api/v1/reviews", Map.of("incident", pastIncident))).get("id")
			.asLong();
		LocalDate due = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(10);
		expect(201, admin.postJson("/api/v1/reviews/" + review + "/action-items",
				Map.of("title", "Alert on disk growth", "owner", TestKeys.ADMIN_EMAIL, "due", due.toString())));
		expect(200, admin.sendJson("PATCH", "/api/v1/reviews/" + review, Map.of("status", "in_review")));
		expect(200, admin.sendJson("PATCH", "/api/v1/reviews/" + review, Map.of("status", "published")));

		// an hour ago the rule fired again and an incident was declared from it
		long newGroup = history.fire(now.minus(Duration.ofHours(1)));
		long newIncident = declare(admin, "Disk full again", newGroup);
		// six days ago an incident was resolved and nobody has reviewed it
		Instant sixDays = now.minus(Duration.ofDays(6));
		this.clock.set(sixDays.minus(Duration.ofHours(2)));
		long unreviewed = declare(admin, "Queue stuck", null);
		resolve(admin, unreviewed, sixDays);
		this.clock.set(Instant.now());
		for (long group : List.of(pastGroup, newGroup)) {
			Eventually.await("the incident of group " + group + " reaches insights",
					() -> this.jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'incident'")
						.param("g", group)
						.query(Long.class)
						.single() > 0);
		}
		this.rollup.rollUp();

		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.signInAsAdmin();
		Page page = tab.page();
		tab.open("/insights?allSignals=true");
		Locator recurring = page.locator("[data-signal=recurring_incident]", new Page.LocatorOptions()
			.setHasText("INC-" + newIncident + " (Disk full again) is like INC-" + pastIncident));
		assertThat(recurring).containsText("alert rule " + history.rule);
		assertThat(recurring).containsText("1 action item to do, 1 of them overdue");
		assertThat(recurring.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new Locator.GetByRoleOptions().setName("Alert on disk growth")))
			.hasAttribute("href", "/reviews/" + review);
		assertThat(recurring).containsText("due " + due + " (overdue)");
		Locator overdue = page.locator("[data-signal=actions_overdue]",
				new Page.LocatorOptions().setHasText("owned by members of " + team));
		assertThat(overdue).containsText("Alert on disk growth");
		assertThat(page.locator("[data-signal=review_missing]",
				new Page.LocatorOptions().setHasText("INC-" + unreviewed + " (Queue stuck) was resolved 6 days ago")))
			.isVisible();
		tab.look("insights-incident-signals");

		recurring.getByText("Acknowledge with a note…").click();
		recurring.getByLabel("What the team does about it").fill("Disk alert lands on Friday, ACT-7");
		recurring
			.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Acknowledge"))
			.click();
		assertThat(page.locator("#acknowledged-signals")).containsText("Disk alert lands on Friday, ACT-7");

		// the figures by integration lead to the rules table narrowed to it
		page.locator("#scopes-link").click();
		assertThat(page.locator("h1")).hasText("By team and integration");
		tab.look("insights-scopes");
		page.locator("section[aria-labelledby=integrations-title] a[href*='" + history.integration + "']").click();
		assertThat(page.locator(".insight-rules")).containsText(history.rule);
		assertThat(page.locator("select[name=integration] option[selected]")).hasText("insight");
	}

	private long declare(Api admin, String title, Long group) {
		Map<String, Object> body = (group != null) ? Map.of("title", title, "alertGroups", List.of(group))
				: Map.of("title", title);
		return expect(201, admin.postJson("/api/v1/incidents", body)).get("number").asLong();
	}

	private void resolve(Api admin, long incident, Instant at) {
		this.clock.set(at);
		expect(200, admin.sendJson("PATCH", "/api/v1/incidents/" + incident, Map.of("status", "resolved")));
	}

	private static tools.jackson.databind.JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

}
