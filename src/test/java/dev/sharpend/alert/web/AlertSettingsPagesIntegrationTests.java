package dev.sharpend.alert.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.alert.AlertUiFixtures;
import dev.sharpend.alert.TestAlerts;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.system.Permission;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.sharpend.alert.AlertUiFixtures.alert;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integrations and silences through their pages: the key shown once and working, bad
 * input shown beside its field with nothing stored, disabling, silencing and expiring,
 * and who may do what; when each integration last received something, and a test alert
 * through one.
 */
@SharpendIntegrationTest
class AlertSettingsPagesIntegrationTests {

	private static final Pattern URL = Pattern.compile("data-intake-url>([^<]+)<");

	private static final Pattern GROUP_LINK = Pattern.compile("href=\"/alerts/groups/(\\d+)\">Open its alert group<");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Roles roles;

	@Autowired
	JdbcClient jdbc;

	private AlertUiFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new AlertUiFixtures(this.port, this.accounts, this.roles);
	}

	@Test
	void createsAnIntegrationShowingItsUrlOnceAndTheUrlTakesAlerts() {
		Api browser = this.fixtures.adminBrowser();
		String name = AlertUiFixtures.unique("prod-");
		Api.Response created = browser.submitForm("/alerts/integrations", "/alerts/integrations",
				Map.of("name", name, "type", "alertmanager", "groupBy", "alertname, cluster", "groupWindowMinutes",
						"30", "ruleLabels", "alertname"));
		assertThat(created.status()).isEqualTo(302);
		String shown = browser.get("/alerts/integrations").body();
		String url = find(shown, URL);
		assertThat(url).startsWith("http://localhost:" + this.port + "/hooks/alertmanager/shk_");
		assertThat(shown).contains("webhook_configs:").contains("send_resolved: true").contains("Copy the key now");
		assertThat(shown).contains("alertname, cluster").contains("within 30 min");

		String again = browser.get("/alerts/integrations").body();
		assertThat(again).contains(name).doesNotContain(url.substring(url.lastIndexOf('/') + 1));

		String path = url.substring(("http://localhost:" + this.port).length());
		this.fixtures.deliver(path, List.of(alert("Shown" + name, "a", "firing")));
		assertThat(browser.get("/alerts").body()).contains("Shown" + name + " on a");
	}

	@Test
	void showsAPagerDutyRoutingKeyAndAGenericMapping() {
		Api browser = this.fixtures.adminBrowser();
		browser.submitForm("/alerts/integrations", "/alerts/integrations",
				Map.of("name", AlertUiFixtures.unique("pd-"), "type", "pagerduty"));
		String pagerduty = browser.get("/alerts/integrations").body();
		assertThat(find(pagerduty, URL)).endsWith("/hooks/pagerduty/v2/enqueue");
		assertThat(find(pagerduty, Pattern.compile("data-intake-key>([0-9a-f]{32})<"))).hasSize(32);
		assertThat(pagerduty).contains("pagerduty_configs:");

		String name = AlertUiFixtures.unique("gen-");
		browser.submitForm("/alerts/integrations", "/alerts/integrations", Map.of("name", name, "type", "generic",
				"alerts", "/checks", "title", "/check/name", "status", "/state", "resolvedValues", "up, ok"));
		String url = find(browser.get("/alerts/integrations").body(), URL);
		Api.Response delivered = Api.anonymous(this.port)
			.postJson(url.substring(("http://localhost:" + this.port).length()),
					Map.of("checks", List.of(Map.of("check", Map.of("name", "Mapped " + name), "state", "down"))));
		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
		assertThat(browser.get("/alerts/all?status=firing").body()).contains("Mapped " + name);
	}

	@Test
	void badInputShowsBesideItsFieldAndStoresNothing() {
		Api browser = this.fixtures.adminBrowser();
		Api.Response noName = browser.submitForm("/alerts/integrations", "/alerts/integrations",
				Map.of("name", " ", "type", "alertmanager"));
		assertThat(noName.status()).isEqualTo(400);
		assertThat(noName.body()).contains("Give the integration a name");
		String name = AlertUiFixtures.unique("bad-");
		Api.Response badLabel = browser.submitForm("/alerts/integrations", "/alerts/integrations",
				Map.of("name", name, "type", "alertmanager", "groupBy", "not-a-label"));
		assertThat(badLabel.status()).isEqualTo(400);
		assertThat(badLabel.body()).contains("&quot;not-a-label&quot; is not a label name.")
			.contains("value=\"" + name + "\"");
		Api.Response badPointer = browser.submitForm("/alerts/integrations", "/alerts/integrations",
				Map.of("name", name, "type", "generic", "title", "title"));
		assertThat(badPointer.status()).isEqualTo(400);
		assertThat(badPointer.body()).contains("mapping.title must be a JSON pointer");
		assertThat(browser.get("/alerts/integrations").body()).doesNotContain(name);
	}

	@Test
	void disablesAnIntegrationSoItsKeyIsRefused() {
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager(AlertUiFixtures.unique("off-"));
		Api browser = this.fixtures.adminBrowser();
		Api.Response disabled = browser.submitForm("/alerts/integrations",
				"/alerts/integrations/" + hook.id() + "/disable", Map.of());
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(browser.get("/alerts/integrations").body()).contains("is disabled; its key is refused");
		assertThat(Api.anonymous(this.port)
			.postJson(hook.path(), Map.of("version", "4", "alerts", List.of(alert("After", "a", "firing"))))
			.status()).isEqualTo(401);
		assertThat(browser.submitForm("/alerts/integrations", "/alerts/integrations/nope/disable", Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void silencesHoldBackMatchingAlertsUntilExpired() {
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager(AlertUiFixtures.unique("sil-"));
		String name = AlertUiFixtures.unique("Noisy");
		Api browser = this.fixtures.adminBrowser();
		Api.Response created = browser.submitForm("/alerts/silences", "/alerts/silences",
				Map.of("matchers", "alertname=\"" + name + "\"\ninstance=~\"a|b\"\nenv!=\"prod\"", "endsAt",
						"2099-01-01T08:00", "comment", "Known <noise>"));
		assertThat(created.status()).isEqualTo(302);
		String page = browser.get("/alerts/silences").body();
		assertThat(page)
			.contains("alertname=&quot;" + name + "&quot;, instance=~&quot;a|b&quot;, env!=&quot;prod&quot;")
			.contains("Known &lt;noise&gt;");
		String id = find(page, Pattern.compile("Silence #(\\d+) holds back"));

		this.fixtures.deliver(hook.path(), List.of(alert(name, "a", "firing")));
		assertThat(browser.get("/alerts/all?status=suppressed&integration=" + hook.id()).body())
			.contains("Silenced by silence #" + id);
		assertThat(browser.get("/alerts/silences").body()).contains("1 firing");

		Api.Response expired = browser.submitForm("/alerts/silences", "/alerts/silences/" + id + "/expire", Map.of());
		assertThat(expired.status()).isEqualTo(302);
		String after = browser.get("/alerts/silences").body();
		assertThat(after).contains("Silence #" + id + " has expired");
		assertThat(after.substring(after.indexOf("id=\"expired-title\""))).contains("id=\"silence-" + id + "\"");
	}

	@Test
	void badMatchersAreExplainedAndNothingIsSilenced() {
		Api browser = this.fixtures.adminBrowser();
		String comment = AlertUiFixtures.unique("why-");
		Api.Response bad = browser.submitForm("/alerts/silences", "/alerts/silences",
				Map.of("matchers", "alertname", "endsAt", "2099-01-01T08:00", "comment", comment));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("id=\"silence-matchers-error\"").contains("Could not read");
		Api.Response regex = browser.submitForm("/alerts/silences", "/alerts/silences",
				Map.of("matchers", "env=~\"(\"", "endsAt", "2099-01-01T08:00", "comment", comment));
		assertThat(regex.body()).contains("is not a valid regular expression");
		Api.Response backreference = browser.submitForm("/alerts/silences", "/alerts/silences",
				Map.of("matchers", "env=~\"(a+)+\\1b\"", "endsAt", "2099-01-01T08:00", "comment", comment));
		assertThat(backreference.status()).isEqualTo(400);
		assertThat(backreference.body()).contains("id=\"silence-matchers-error\"").contains("no backreferences");
		Api.Response past = browser.submitForm("/alerts/silences", "/alerts/silences",
				Map.of("matchers", "env=\"x\"", "endsAt", "2001-01-01T08:00", "comment", comment));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.body()).contains("Give an end in the future");
		assertThat(browser.get("/alerts/silences").body()).doesNotContain(comment + "<");
	}

	@Test
	void readersSeeIntegrationsAndSilencesButMayNotChangeThem() {
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager(AlertUiFixtures.unique("ro-"));
		Api reader = this.fixtures.browserWith(Permission.ALERT_READ);
		String integrations = reader.get("/alerts/integrations").body();
		assertThat(integrations).contains(hook.id()).doesNotContain("New integration").doesNotContain("Disable…");
		assertThat(reader.get("/alerts/silences").body()).doesNotContain("New silence");
		assertThat(reader
			.submitForm("/alerts/integrations", "/alerts/integrations", Map.of("name", "x", "type", "alertmanager"))
			.status()).isEqualTo(403);
		assertThat(reader.submitForm("/alerts/integrations", "/alerts/integrations/" + hook.id() + "/disable", Map.of())
			.status()).isEqualTo(403);
		assertThat(reader
			.submitForm("/alerts/silences", "/alerts/silences",
					Map.of("matchers", "a=\"b\"", "endsAt", "2099-01-01T08:00", "comment", "x"))
			.status()).isEqualTo(403);
		Api nobody = this.fixtures.browserWith(Permission.INCIDENT_READ);
		assertThat(nobody.get("/alerts/integrations").status()).isEqualTo(403);
		assertThat(nobody.get("/alerts/silences").status()).isEqualTo(403);
		assertThat(this.fixtures.adminBrowser()
			.postForm("/alerts/integrations", Map.of("name", "no token", "type", "alertmanager"))
			.status()).isEqualTo(403);
	}

	private static String find(String body, Pattern pattern) {
		Matcher matcher = pattern.matcher(body);
		assertThat(matcher.find()).as("page contains " + pattern).isTrue();
		return matcher.group(1);
	}

	@Test
	void integrationsShowWhenTheyLastReceivedSomething() {
		String run = AlertUiFixtures.unique("t");
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager("triage " + run);
		Api browser = this.fixtures.adminBrowser();
		assertThat(integrationRow(hook, browser.get("/alerts/integrations").body())).contains("never");

		this.fixtures.deliver(hook.path(), List.of(AlertUiFixtures.alert("Seen" + run, "a", "firing")));

		String row = integrationRow(hook, browser.get("/alerts/integrations").body());
		assertThat(row).doesNotContain("never").contains(">just now<");
		// written with the buffered last-seen times, so it survives a restart
		Eventually.await("the time stored",
				() -> this.jdbc
					.sql("select count(*) from alert_integration where id = :id and last_received_at is not null")
					.param("id", UUID.fromString(hook.id()))
					.query(Long.class)
					.single() == 1);
	}

	@Test
	void aTestAlertArrivesAsAGroupThatIsListedAndCanBeResolved() {
		String run = AlertUiFixtures.unique("t");
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager("triage " + run);
		Api browser = this.fixtures.adminBrowser();
		Api.Response sent = browser.submitForm("/alerts/integrations", "/alerts/integrations/" + hook.id() + "/test",
				Map.of());
		assertThat(sent.status()).as(sent.toString()).isEqualTo(302);

		String confirmation = browser.get("/alerts/integrations").body();
		assertThat(confirmation).contains("A test alert went through <strong>triage " + run + "</strong>");
		Matcher link = GROUP_LINK.matcher(confirmation);
		assertThat(link.find()).as("a link to the test alert's group").isTrue();
		String group = link.group(1);
		assertThat(integrationRow(hook, confirmation)).doesNotContain("never");

		String groupPage = browser.get("/alerts/groups/" + group).body();
		assertThat(groupPage).contains(TestAlerts.ALERTNAME)
			.contains("Test alert from admin@")
			.contains("Nothing is wrong: resolve the group.")
			.contains("Resolve");
		assertThat(browser.get("/alerts?status=open&integration=" + hook.id()).body())
			.contains("/alerts/groups/" + group + "\">" + TestAlerts.ALERTNAME + "<");
		assertThat(browser.get("/alerts/all?integration=" + hook.id()).body()).contains(TestAlerts.ALERTNAME)
			.contains("<span class=\"chip-name\">test</span><span class=\"chip-value\">true</span>");

		Api.Response resolved = browser.submitForm("/alerts/groups/" + group, "/alerts/groups/" + group + "/resolve",
				Map.of("from", "detail"));
		assertThat(resolved.status()).isEqualTo(302);
		assertThat(this.fixtures.admin().get("/api/v1/alert-groups/" + group).json().get("status").asString())
			.isEqualTo("resolved");
	}

	@Test
	void noTestAlertThroughADisabledIntegration() {
		String run = AlertUiFixtures.unique("t");
		AlertUiFixtures.Hook hook = this.fixtures.alertmanager("triage " + run);
		Api browser = this.fixtures.adminBrowser();
		String page = browser.get("/alerts/integrations").body();
		browser.postForm("/alerts/integrations/" + hook.id() + "/disable", Map.of("_csrf", AlertUiFixtures.csrf(page)));

		assertThat(integrationRow(hook, browser.get("/alerts/integrations").body()))
			.doesNotContain("Send a test alert");
		Api.Response refused = browser.postForm("/alerts/integrations/" + hook.id() + "/test",
				Map.of("_csrf", AlertUiFixtures.csrf(page)));
		assertThat(refused.status()).isEqualTo(409);
	}

	private static String integrationRow(AlertUiFixtures.Hook hook, String page) {
		int start = page.indexOf("id=\"integration-" + hook.id() + "\"");
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
