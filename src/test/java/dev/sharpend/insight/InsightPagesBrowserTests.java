package dev.sharpend.insight;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.oncall.PageRoute;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.system.Timestamps;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A responder on an alert group of a rule that preceded an incident and now clears by
 * itself sees the rule's track record right there (and on the incident it preceded),
 * finds the drift signal on Insights with the incident behind it, and opens the rule's
 * week-by-week record. On the resolved group they answer "was action taken?" in one click
 * and find the answer counted on the rule's page. Looked at in light and dark, on a phone
 * and a desktop.
 */
@LoopbackIntegrationTest
class InsightPagesBrowserTests {

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

	@Test
	void theTrackRecordAndTheDriftSignalShowTheEvidence() {
		InsightFixtures history = new InsightFixtures(this.port, this.clock);
		InsightFixtures.Drift drift = history.drift();
		history.rollUpWhenFedWith(drift.acknowledged(), this.jdbc, this.rollup);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.signInAsAdmin();
		Page page = tab.page();

		tab.open("/alerts/groups/" + drift.acknowledged());
		assertThat(page.locator("#track-record")).containsText(history.rule + " fired 6 times in 30 days; 4 cleared "
				+ "by themselves before anyone acknowledged them");
		assertThat(page.locator("#track-record")).containsText("it preceded INC-" + drift.incident());
		tab.look("alert-group-track-record");

		// was action taken? one click on the resolved group; it is counted on the rule
		// page
		Locator answers = page.locator("#action-taken");
		assertThat(answers).containsText("Was action taken?");
		answers.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Action taken").setExact(true))
			.click();
		assertThat(answers).containsText("Answered Action taken");
		assertThat(answers.locator("button[aria-pressed=true]")).hasText("Action taken");
		tab.look("alert-group-action-taken");
		Eventually.await("the answer reaches insights",
				() -> this.jdbc.sql("select count(*) from insight_fact where group_id = :g and kind = 'answered'")
					.param("g", drift.acknowledged())
					.query(Long.class)
					.single() > 0);
		this.rollup.rollUp();

		// the group the incident was declared from suggests "action taken"
		tab.open("/alerts/groups/" + drift.first());
		assertThat(page.locator("#action-suggestion")).containsText("Suggested: Action taken.");
		assertThat(page.locator("#action-taken button.suggested")).hasText("Action taken");

		tab.open("/response/incidents/" + drift.incident());
		assertThat(page.locator("#track-records")).containsText(history.rule + " fired 6 times in 30 days");
		tab.look("incident-track-records");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Insights").setExact(true)).click();
		page.waitForURL("**/insights");
		Locator signal = page.locator("[data-signal=clears_after_incidents]:has-text('" + history.rule + "')");
		assertThat(signal).containsText("INC-" + drift.incident());
		assertThat(signal).containsText("It'll clear");
		assertThat(page.locator("#freshness")).containsText("every 30 s");
		assertThat(page.locator("tr:has-text('" + history.rule + "') td[data-label='Answered action / no action']"))
			.hasText("1 / 0");
		assertThat(page.locator("#tta-trend svg.tta-chart, #tta-empty")).isVisible();
		assertThat(page.locator("#tta-table tbody tr")).hasCount(Insights.WEEKS_CHARTED);
		tab.look("insights");

		signal.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(history.rule)).click();
		page.waitForURL("**/insights/rule?**");
		assertThat(page.locator("#rule-figures")).containsText("6 alert groups");
		assertThat(page.locator("svg.week-chart")).isVisible();
		assertThat(page.locator("#action-answers")).containsText("Action taken: 1");
		assertThat(page.locator("#action-answers")).containsText("unanswered: 5 resolved groups");
		assertThat(page.locator("#flap-verdict")).containsText("Not flapping");
		assertThat(page.locator("svg.flap-chart")).isVisible();
		tab.look("insights-rule");

		// the team acknowledges the signal with a note: it leaves the open signals
		tab.open("/insights");
		signal.getByText("Acknowledge with a note…").click();
		signal.getByLabel("What the team does about it").fill("threshold change planned, ACT-14");
		signal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();
		page.waitForURL("**/insights");
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Signal acknowledged");
		assertThat(signal).hasCount(0);
		assertThat(page.locator("#acknowledged-signals")).containsText("threshold change planned, ACT-14");

		// the rule's groups paged one person each through the team's rotation: the
		// rotation's weekly review of its latest week lists that week's pages by band
		Team team = this.teams.create("Drift " + System.nanoTime(), "Europe/Berlin", List.of());
		Schedule rotation = this.schedules.create(team.id(), "Drift rotation");
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Map<Long, Instant> opened = new TreeMap<>();
		this.jdbc.sql("select group_id, opened_at from insight_group where rule = :rule")
			.param("rule", history.rule)
			.query((rs, n) -> opened.put(rs.getLong(1), Timestamps.fromColumn(rs, "opened_at")))
			.list();
		org.assertj.core.api.Assertions.assertThat(opened).hasSize(6);
		opened.forEach((group, at) -> InsightFixtures.paged(this.events, this.transactions, group, at.plusSeconds(30),
				new PageRoute(rotation.id().value(), team.id().value(), berlin, 1)));
		opened.keySet().forEach((group) -> InsightFixtures.rollUpWhenPaged(group, 1, this.jdbc, this.rollup));
		InsightWeek latest = opened.values()
			.stream()
			.map((at) -> InsightWeek.of(at.plusSeconds(30), berlin))
			.max(InsightWeek::compareTo)
			.orElseThrow();
		Map<InterruptionBand, Integer> bands = InterruptionBand.count(opened.values()
			.stream()
			.map((at) -> at.plusSeconds(30))
			.filter((at) -> InsightWeek.of(at, berlin).equals(latest))
			.toList(), berlin);
		int total = bands.values().stream().mapToInt(Integer::intValue).sum();
		tab.open("/insights");
		page.locator("#interruptions")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Drift rotation: weekly review"))
			.click();
		page.waitForURL("**/insights/weekly/" + rotation.id() + "/" + latest);
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.hasText("Weekly review: Drift rotation");
		assertThat(page.locator("#pages-title")).hasText(total + " pages through this rotation");
		assertThat(page.locator("#weekly-bands dd"))
			.hasText(new String[] { String.valueOf(bands.get(InterruptionBand.BUSINESS)),
					String.valueOf(bands.get(InterruptionBand.OFF_HOURS)),
					String.valueOf(bands.get(InterruptionBand.SLEEP)) });
		assertThat(page.locator("svg.band-chart")).isVisible();
		assertThat(page.locator("#weekly-rules tr:has-text('" + history.rule + "') td[data-label=Pages]"))
			.hasText(String.valueOf(total));
		tab.look("insights-weekly-review");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("← " + latest.previous())).click();
		page.waitForURL("**/insights/weekly/" + rotation.id() + "/" + latest.previous());
		assertThat(page.locator("#week-of")).containsText(latest.previous().toString());
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Teams teams;

	@Autowired
	Schedules schedules;

	@Test
	void interruptionsByBandAreShownPerRotationNeverPerPerson() {
		InsightFixtures history = new InsightFixtures(this.port, this.clock);
		Team team = this.teams.create("Checkout " + System.nanoTime(), "Europe/Berlin", List.of());
		Schedule primary = this.schedules.create(team.id(), "Checkout primary");
		Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		long group = history.fire(at);
		history.resolve(at.plus(Duration.ofMinutes(5)));
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		InsightFixtures.paged(this.events, this.transactions, group, at.plusSeconds(30),
				new PageRoute(primary.id().value(), team.id().value(), berlin, 2));
		InsightFixtures.paged(this.events, this.transactions, group, at.plusSeconds(330),
				new PageRoute(null, team.id().value(), berlin, 1));
		InsightFixtures.rollUpWhenPaged(group, 2, this.jdbc, this.rollup);
		this.clock.set(Instant.now());
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.signInAsAdmin();
		Page page = tab.page();

		tab.open("/insights");
		Locator rotation = page.locator("#interruptions tr:has-text('Checkout primary')");
		assertThat(rotation.locator("td[data-label='Team']")).hasText(team.name());
		assertThat(rotation.locator("td[data-label='Total']")).hasText("2");
		Locator direct = page.locator("#interruptions tr:has-text('" + team.name() + "'):has-text('No rotation')");
		assertThat(direct.locator("td[data-label='Total']")).hasText("1");
		assertThat(page.locator("#interruptions svg.band-bar").first()).isAttached();
		tab.look("insights-interruptions");
	}

}
