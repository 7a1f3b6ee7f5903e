package dev.sharpend.alert.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.alert.AlertUiFixtures;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.alert.AlertUiFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert group and alert pages as people use them: open groups first, filters, one
 * group with its alerts, acknowledging and resolving in place or by plain form, and who
 * may do what. Groups are named by their rule and show the worst severity of their
 * alerts, the most severe first.
 */
@SharpendIntegrationTest
class AlertGroupPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	private AlertUiFixtures fixtures;

	private AlertUiFixtures.Hook hook;

	private String run;

	@BeforeEach
	void createIntegration() {
		this.fixtures = new AlertUiFixtures(this.port, this.accounts, this.roles);
		this.run = AlertUiFixtures.unique("r");
		this.hook = this.fixtures.alertmanager("ui " + this.run);
	}

	@Test
	void listsOpenGroupsBeforeResolvedOnesAndFiltersByStateAndIntegration() {
		this.fixtures.deliver(this.hook.path(), List.of(alert("Old" + this.run, "a", "firing")));
		this.fixtures.deliver(this.hook.path(), List.of(alert("Old" + this.run, "a", "resolved")));
		this.fixtures.deliver(this.hook.path(), List.of(alert("Taken" + this.run, "a", "firing")));
		this.fixtures.admin()
			.postJson("/api/v1/alert-groups/" + this.fixtures.groupId("Taken" + this.run) + "/acknowledge", Map.of());
		this.fixtures.deliver(this.hook.path(), List.of(alert("New" + this.run, "a", "firing")));

		String page = this.fixtures.adminBrowser().get("/alerts?integration=" + this.hook.id()).body();
		assertThat(page).containsSubsequence("New" + this.run + " on a", "Taken" + this.run + " on a",
				"Old" + this.run + " on a");
		assertThat(page).contains("1 of 1 alert firing").contains("ui " + this.run);

		String open = this.fixtures.adminBrowser().get("/alerts?status=open&integration=" + this.hook.id()).body();
		assertThat(open).contains("New" + this.run).contains("Taken" + this.run).doesNotContain("Old" + this.run);
		String acknowledged = this.fixtures.adminBrowser()
			.get("/alerts?status=acknowledged&integration=" + this.hook.id())
			.body();
		assertThat(acknowledged).contains("Taken" + this.run).doesNotContain("New" + this.run);
		assertThat(this.fixtures.adminBrowser().get("/alerts?status=sleeping").status()).isEqualTo(400);
	}

	@Test
	void pagesLongListsKeepingTheFilters() {
		List<java.util.Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 27; i++) {
			many.add(alert("Many" + i + this.run, "a", "firing"));
		}
		this.fixtures.deliver(this.hook.path(), many);
		Api browser = this.fixtures.adminBrowser();
		String first = browser.get("/alerts?integration=" + this.hook.id()).body();
		assertThat(first).contains("1–25 of 27").contains("page=1").contains("integration=" + this.hook.id());
		String second = browser.get("/alerts?integration=" + this.hook.id() + "&page=1").body();
		assertThat(second).contains("26–27 of 27").contains("Many0" + this.run).doesNotContain("Many26" + this.run);
	}

	@Test
	void showsAGroupWithItsAlertsAndADeclareIncidentAction() {
		String name = "Disk" + this.run;
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "firing"), alert(name, "b", "firing")));
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "b", "resolved")));
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "b", "firing")));
		long id = this.fixtures.groupId(name);

		String page = this.fixtures.adminBrowser().get("/alerts/groups/" + id).body();
		assertThat(page).contains("Alerts in this group")
			.contains("2 of 2 firing")
			.contains("alertname=" + name)
			.contains("<span class=\"chip-name\">instance</span><span class=\"chip-value\">b</span>")
			.contains("Check the disk.")
			.contains("fired 2 times")
			.contains("fired once")
			.contains("href=\"http://prometheus.example/graph?g0.expr=up\"")
			.contains("id=\"incident-actions\"")
			.contains("href=\"/response/incidents/declare?group=" + id + "\"")
			.contains("Declare incident…");
		assertThat(this.fixtures.adminBrowser().get("/alerts/groups/999999999").status()).isEqualTo(404);
		assertThat(this.fixtures.adminBrowser().get("/alerts/groups/nope").status()).isEqualTo(404);
	}

	@Test
	void acknowledgesAndResolvesInPlaceWithHtmx() {
		String name = "Htmx" + this.run;
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "firing")));
		long id = this.fixtures.groupId(name);
		Api browser = this.fixtures.adminBrowser();
		String csrf = AlertUiFixtures.csrf(browser.get("/alerts").body());

		Api.Response acknowledged = browser.postFormWithHeaders("/alerts/groups/" + id + "/acknowledge",
				Map.of("from", "list", "_csrf", csrf), Map.of("HX-Request", "true"));
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.body()).startsWith("<li")
			.doesNotContain("<html")
			.contains("state-acknowledged")
			.contains("acknowledged by <span>" + TestKeys.ADMIN_EMAIL + "</span>")
			.contains(name + " is acknowledged.")
			.doesNotContain(">Acknowledge<")
			.contains(">Resolve<");

		Api.Response resolved = browser.postFormWithHeaders("/alerts/groups/" + id + "/resolve",
				Map.of("from", "detail", "_csrf", csrf), Map.of("HX-Request", "true"));
		assertThat(resolved.body()).startsWith("<section").contains("state-resolved").doesNotContain(">Resolve<");
		assertThat(audited("alert_group.acknowledged", id)).isEqualTo(1);
		assertThat(audited("alert_group.resolved", id)).isEqualTo(1);

		Api.Response again = browser.postFormWithHeaders("/alerts/groups/" + id + "/acknowledge",
				Map.of("from", "list", "_csrf", csrf), Map.of("HX-Request", "true"));
		assertThat(again.body()).contains("This alert group is resolved");
	}

	@Test
	void plainFormsRedirectBackWithANotice() {
		String name = "Plain" + this.run;
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "firing")));
		long id = this.fixtures.groupId(name);
		Api browser = this.fixtures.adminBrowser();
		Api.Response acknowledged = browser.submitForm("/alerts/groups/" + id, "/alerts/groups/" + id + "/acknowledge",
				Map.of("from", "detail"));
		assertThat(acknowledged.status()).isEqualTo(302);
		assertThat(acknowledged.header("Location")).endsWith("/alerts/groups/" + id);
		assertThat(browser.get("/alerts/groups/" + id).body()).contains(name + " is acknowledged.")
			.contains("state-acknowledged");
		Api.Response resolved = browser.submitForm("/alerts", "/alerts/groups/" + id + "/resolve", Map.of());
		assertThat(resolved.header("Location")).endsWith("/alerts");
		assertThat(browser.get("/alerts/groups/" + id).body()).contains("state-resolved")
			.contains("by " + TestKeys.ADMIN_EMAIL);
	}

	@Test
	void wasActionTakenIsAnsweredInOneClickOnAResolvedGroupAndAReaderOnlySeesTheAnswer() {
		String name = "Answer" + this.run;
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "firing")));
		long id = this.fixtures.groupId(name);
		Api browser = this.fixtures.adminBrowser();
		assertThat(browser.get("/alerts/groups/" + id).body()).doesNotContain("Was action taken?");
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "resolved")));
		String csrf = AlertUiFixtures.csrf(browser.get("/alerts/groups/" + id).body());
		assertThat(browser.get("/alerts/groups/" + id).body()).contains("Was action taken?")
			.doesNotContain("Answered <strong>");

		Api.Response htmx = browser.postFormWithHeaders("/alerts/groups/" + id + "/action-taken",
				Map.of("answer", "check_faulty", "_csrf", csrf), Map.of("HX-Request", "true"));
		assertThat(htmx.status()).isEqualTo(200);
		assertThat(htmx.body()).startsWith("<div")
			.doesNotContain("<html")
			.contains("Answered <strong>No action: check is faulty</strong>")
			.contains("aria-pressed=\"true\"");
		assertThat(audited("alert_group.action_recorded", id)).isEqualTo(1);

		Api.Response plain = browser.submitForm("/alerts/groups/" + id, "/alerts/groups/" + id + "/action-taken",
				Map.of("answer", "work_ongoing"));
		assertThat(plain.status()).isEqualTo(302);
		assertThat(plain.header("Location")).endsWith("/alerts/groups/" + id);
		assertThat(browser.get("/alerts/groups/" + id).body())
			.contains("Answer saved: No action: work was ongoing (should have been silenced).")
			.contains("Answered <strong>No action: work was ongoing (should have been silenced)</strong>");
		assertThat(browser
			.postFormWithHeaders("/alerts/groups/" + id + "/action-taken", Map.of("answer", "perhaps", "_csrf", csrf),
					Map.of("HX-Request", "true"))
			.status()).isEqualTo(400);

		Api reader = this.fixtures.browserWith(Permission.ALERT_READ);
		assertThat(reader.get("/alerts/groups/" + id).body()).contains("Answered <strong>No action: work was ongoing")
			.doesNotContain("Was action taken?");
		assertThat(reader
			.submitForm("/alerts/groups/" + id, "/alerts/groups/" + id + "/action-taken",
					Map.of("answer", "action_taken"))
			.status()).isEqualTo(403);
	}

	@Test
	void readersSeeGroupsButMayNotChangeThemAndChangesNeedTheCsrfToken() {
		String name = "Guard" + this.run;
		this.fixtures.deliver(this.hook.path(), List.of(alert(name, "a", "firing")));
		long id = this.fixtures.groupId(name);
		Api reader = this.fixtures.browserWith(Permission.ALERT_READ);
		String page = reader.get("/alerts/groups/" + id).body();
		assertThat(page).contains(name + " on a").doesNotContain(">Acknowledge<");
		assertThat(reader.submitForm("/alerts", "/alerts/groups/" + id + "/acknowledge", Map.of()).status())
			.isEqualTo(403);
		Api nobody = this.fixtures.browserWith(Permission.INCIDENT_READ);
		assertThat(nobody.get("/alerts").status()).isEqualTo(403);
		assertThat(nobody.get("/alerts/groups/" + id).status()).isEqualTo(403);
		assertThat(nobody.get("/alerts/all").status()).isEqualTo(403);

		Api admin = this.fixtures.adminBrowser();
		assertThat(admin.postForm("/alerts/groups/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);
		assertThat(admin.get("/alerts/groups/" + id).body()).contains("state-triggered");
		assertThat(Api.anonymous(this.port).get("/alerts").header("Location")).endsWith("/login");
	}

	@Test
	void listsAlertsByStateAndSaysWhatSuppressedThem() {
		String silenced = "Quiet" + this.run;
		long silence = this.fixtures.admin()
			.postJson("/api/v1/silences",
					Map.of("matchers",
							List.of(Map.of("name", "alertname", "value", silenced, "isRegex", false, "isEqual", true)),
							"endsAt", "2099-01-01T00:00:00Z", "comment", "planned work"))
			.json()
			.get("id")
			.asLong();
		this.fixtures.deliver(this.hook.path(), List.of(alert(silenced, "a", "firing"),
				alert("Loud" + this.run, "a", "firing"), alert("Done" + this.run, "a", "resolved")));
		Api browser = this.fixtures.adminBrowser();
		String base = "/alerts/all?integration=" + this.hook.id() + "&status=";

		String suppressed = browser.get(base + "suppressed").body();
		assertThat(suppressed).contains(silenced + " on a")
			.contains("Silenced by silence #" + silence)
			.contains("#silence-" + silence)
			.doesNotContain("Loud" + this.run);
		assertThat(browser.get(base + "firing").body()).contains("Loud" + this.run).doesNotContain(silenced);
		assertThat(browser.get(base + "resolved").body()).contains("Done" + this.run).doesNotContain("Loud");
		assertThat(browser.get(base + "sleeping").status()).isEqualTo(400);
	}

	@Test
	void listsAnAlertWhoseLabelCannotBeASilenceMatcherWithoutOfferingASilence() {
		String name = "Long" + this.run;
		Map<String, Object> alert = Map.of("status", "firing", "labels",
				Map.of("alertname", name, "query", "x".repeat(600)), "startsAt", "2026-11-24T10:00:00Z");
		this.fixtures.deliver(this.hook.path(), List.of(alert));

		Api.Response list = this.fixtures.adminBrowser().get("/alerts/all?integration=" + this.hook.id());

		assertThat(list.status()).isEqualTo(200);
		assertThat(list.body()).contains(name).doesNotContain("Silence…");
	}

	@Test
	void escapesWhatSourcesSend() {
		String name = "Xss" + this.run;
		Map<String, Object> hostile = Map.of("status", "firing", "labels",
				Map.of("alertname", name, "evil", "<script>alert(1)</script>"), "annotations",
				Map.of("summary", "<img src=x onerror=alert(2)>"), "startsAt", "2026-11-24T10:00:00Z", "generatorURL",
				"javascript:alert(3)");
		this.fixtures.deliver(this.hook.path(), List.of(hostile));
		Api browser = this.fixtures.adminBrowser();
		String list = browser.get("/alerts?integration=" + this.hook.id()).body();
		assertThat(list).contains("&lt;img src=x onerror=alert(2)&gt;").doesNotContain("<img src=x");
		String detail = browser.get("/alerts/groups/" + this.fixtures.groupId(name)).body();
		assertThat(detail).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("javascript:alert(3)");
	}

	private long audited(String action, long groupId) {
		return this.jdbc.sql("select count(*) from audit_event where action = :a and target_id = :t")
			.param("a", action)
			.param("t", Long.toString(groupId))
			.query(Long.class)
			.single();
	}

	@Test
	void groupsShowTheirRuleAndWorstSeverityMostSevereFirstThenOldest() {
		this.fixtures.deliver(this.hook.path(),
				List.of(rated("Info" + this.run, "a", "info", "2026-11-24T08:00:00Z"),
						rated("Warn" + this.run, "a", "warning", "2026-11-24T07:00:00Z"),
						rated("CritNew" + this.run, "a", "critical", "2026-11-24T10:00:00Z"),
						rated("CritOld" + this.run, "a", "critical", "2026-11-24T09:00:00Z"),
						rated("Mixed" + this.run, "a", "warning", "2026-11-24T06:00:00Z"),
						rated("Mixed" + this.run, "b", "error", "2026-11-24T06:00:00Z"),
						rated("Plain" + this.run, "a", null, "2026-11-24T05:00:00Z")));

		String page = this.fixtures.adminBrowser().get("/alerts?integration=" + this.hook.id()).body();

		assertThat(page).containsSubsequence(">CritOld" + this.run + "<", ">CritNew" + this.run + "<",
				">Mixed" + this.run + "<", ">Warn" + this.run + "<", ">Info" + this.run + "<",
				">Plain" + this.run + "<");
		assertThat(row(page, "CritOld")).contains("class=\"sev sev-1\">critical<")
			.contains("CritOld" + this.run + " on a");
		assertThat(row(page, "Mixed")).as("the worst of its alerts").contains("class=\"sev sev-2\">error<");
		assertThat(row(page, "Warn")).contains("class=\"sev sev-3\">warning<");
		assertThat(row(page, "Plain")).doesNotContain("class=\"sev ");
	}

	@Test
	void aGroupsSeverityFollowsItsFiringAlerts() {
		this.fixtures.deliver(this.hook.path(),
				List.of(rated("Calm" + this.run, "a", "critical", "2026-11-24T06:00:00Z"),
						rated("Calm" + this.run, "b", "warning", "2026-11-24T06:00:00Z")));
		this.fixtures.deliver(this.hook.path(),
				List.of(resolved(rated("Calm" + this.run, "a", "critical", "2026-11-24T06:00:00Z"))));

		String page = this.fixtures.adminBrowser().get("/alerts?integration=" + this.hook.id()).body();

		assertThat(row(page, "Calm")).contains("class=\"sev sev-3\">warning<");
	}

	/** The groups page's row of the group with this alertname. */
	private String row(String page, String name) {
		int start = page.lastIndexOf("<li", page.indexOf(">" + name + this.run + "<"));
		return page.substring(start, page.indexOf("</li>", page.indexOf(">" + name + this.run + "<")));
	}

	private static Map<String, Object> rated(String name, String instance, String severity, String startsAt) {
		Map<String, String> labels = (severity != null)
				? Map.of("alertname", name, "instance", instance, "severity", severity)
				: Map.of("alertname", name, "instance", instance);
		return Map.of("status", "firing", "fingerprint", name + "/" + instance, "labels", labels, "annotations",
				Map.of("summary", name + " on " + instance), "startsAt", startsAt, "endsAt", "0001-01-01T00:00:00Z");
	}

	private static Map<String, Object> resolved(Map<String, Object> alert) {
		Map<String, Object> copy = new java.util.HashMap<>(alert);
		copy.put("status", "resolved");
		copy.put("endsAt", "2026-11-24T11:00:00Z");
		return copy;
	}

}
