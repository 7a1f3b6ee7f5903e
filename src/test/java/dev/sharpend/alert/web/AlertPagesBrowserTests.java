package dev.sharpend.alert.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.alert.AlertUiFixtures;
import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.Chromium;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder creates an integration in Chromium, points a source at the URL shown, sees
 * the alert group appear, acknowledges it in place and resolves it. Every alert page is
 * looked at in light and dark, on a phone and a desktop; screenshots go to
 * {@code target/screenshots/}.
 */
@SharpendIntegrationTest
class AlertPagesBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	private BrowserPage tab;

	private Page page;

	@Test
	void aResponderConnectsAlertmanagerAndHandlesTheFirstAlertGroup() {
		signIn();
		open("/alerts/integrations");
		// A long name widens the integration filter on the alert pages: they must still
		// fit a phone.
		String name = AlertUiFixtures.unique("Production Alertmanager of the payments platform in eu-west-1 ");
		Locator form = this.page.locator("#new-integration");
		form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		form.getByLabel("Type").selectOption("alertmanager");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create integration")).click();
		this.page.waitForURL("**/alerts/integrations");
		String url = this.page.locator("[data-intake-url]").textContent().strip();
		assertThat(url).startsWith("http://localhost:" + this.port + "/hooks/alertmanager/shk_");
		assertThat(this.page.locator("#created-snippet")).containsText(url);
		look("integrations-created");

		String alertname = AlertUiFixtures.unique("DiskFull");
		Api.Response delivered = Api.anonymous(this.port)
			.postJson(url.substring(("http://localhost:" + this.port).length()),
					Map.of("version", "4", "status", "firing", "alerts",
							List.of(AlertUiFixtures.alert(alertname, "db-1", "firing"),
									AlertUiFixtures.alert(alertname, "db-2", "firing"))));
		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);

		open("/alerts");
		Locator row = this.page.locator(".group-row:has-text('" + alertname + "')");
		assertThat(row.locator(".state")).hasText("triggered");
		assertThat(row).containsText("2 of 2 alerts firing");
		assertThat(row).containsText(name);
		look("groups");
		this.page.evaluate("() => window.stayedOnPage = true");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")).click();
		assertThat(row.locator(".state")).hasText("acknowledged");
		assertThat(row).containsText("acknowledged by " + TestKeys.ADMIN_EMAIL);
		assertThat((Boolean) this.page.evaluate("() => window.stayedOnPage === true")).as("changed in place").isTrue();
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve")).click();
		assertThat(row.locator(".state")).hasText("resolved");
		assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);

		row.locator(".group-title a").click();
		this.page.waitForURL("**/alerts/groups/*");
		assertThat(this.page.locator(".alert-row")).hasCount(2);
		assertThat(this.page.locator("#group-head .state")).hasText("resolved");
		look("group");
		open("/alerts/all");
		look("alerts");
		open("/alerts/silences");
		Locator silence = this.page.locator("#new-silence");
		silence.getByLabel("Matchers").fill("alertname=\"" + alertname + "\"\ninstance=~\"db-.*\"");
		silence.getByLabel("Why").fill("Disk replacement on the database hosts");
		silence.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create silence")).click();
		this.page.waitForURL("**/alerts/silences");
		assertThat(this.page.locator(".silence.active:has-text('" + alertname + "')")).hasCount(1);
		look("silences");

		Api.Response held = Api.anonymous(this.port)
			.postJson(url.substring(("http://localhost:" + this.port).length()), Map.of("version", "4", "status",
					"firing", "alerts", List.of(AlertUiFixtures.alert(alertname, "db-3", "firing"))));
		assertThat(held.status()).isEqualTo(200);
		open("/alerts/all?status=suppressed");
		Locator suppressed = this.page.locator(".alert-row:has-text('instance=db-3')");
		assertThat(suppressed.locator(".state")).hasText("suppressed");
		assertThat(suppressed.locator(".suppressed-why")).containsText("Silenced by silence #");
		look("alerts-suppressed");
		open("/alerts?status=acknowledged&integration=" + integrationId(name));
		assertThat(this.page.locator(".empty")).containsText("No alert groups match");
		look("groups-empty");
		assertThat(this.tab.problems()).isEmpty();
	}

	@Test
	void aResponderScansAHundredAlertsAndSendsATestAlert() {
		signIn();
		String name = AlertUiFixtures.unique("Scan ");
		JsonNode created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations",
					Map.of("name", name, "type", "alertmanager", "groupBy", List.of("alertname")))
			.json();
		String hook = "/hooks/alertmanager/" + created.get("key").asString();
		String id = created.get("id").asString();
		open("/alerts/integrations");
		Locator integration = this.page.locator("#integration-" + id);
		assertThat(integration).containsText("never");

		String run = AlertUiFixtures.unique("");
		List<String> rules = List.of("HighLatency", "DiskFull", "ErrorRate", "CertExpiry", "QueueBacklog");
		List<String> severities = List.of("critical", "warning", "error", "info", "warning");
		List<Map<String, Object>> alerts = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			String rule = rules.get(i % 5) + run;
			alerts.add(Map.of("status", (i % 7 == 0) ? "resolved" : "firing", "fingerprint", rule + "/" + i, "labels",
					Map.of("alertname", rule, "instance", "node-" + i + ".eu-west-1.internal:9100", "job", "node",
							"service", "checkout", "severity", severities.get(i % 5)),
					"annotations",
					Map.of("summary", rules.get(i % 5) + " on node-" + i, "runbook_url",
							"https://runbooks.example.com/" + rules.get(i % 5)),
					"startsAt", "2026-11-24T10:00:00Z", "endsAt",
					(i % 7 == 0) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z"));
		}
		Api.Response delivered = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "alerts", alerts));
		assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);

		open("/alerts/all?integration=" + id);
		Locator rows = this.page.locator(".alert-row");
		assertThat(rows).hasCount(100);
		Number height = (Number) this.page.evaluate("() => document.documentElement.scrollHeight");
		assertThat(height.intValue()).as("100 alerts in a few screens at 1280 px").isLessThan(5 * 900);
		Locator first = rows.filter(new Locator.FilterOptions().setHasText("node-1.eu-west-1")).first();
		assertThat(first.locator(".alert-body")).isHidden();
		first.locator("summary").click();
		assertThat(first.locator(".alert-body")).isVisible();
		assertThat(first.locator(".alert-body")).containsText("DiskFull on node-1");
		assertThat(first.locator(".alert-body a[href='https://runbooks.example.com/DiskFull']")).isVisible();
		look("table");

		open("/alerts?integration=" + id);
		Locator groups = this.page.locator(".group-row");
		assertThat(groups).hasCount(5);
		assertThat(groups.first().locator(".sev")).hasText("critical");
		assertThat(groups.first().locator(".group-title a").first()).hasText("HighLatency" + run);
		assertThat(groups.last().locator(".sev")).hasText("info");
		look("groups-by-severity");

		open("/alerts/integrations");
		assertThat(integration.locator("td[data-label='Last received'] time")).isVisible();
		assertThat(integration).not().containsText("never");
		integration
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send a test alert through " + name))
			.click();
		this.page.waitForURL("**/alerts/integrations");
		assertThat(this.page.locator("#test-sent")).containsText("A test alert went through " + name);
		look("integrations-test-sent");
		this.page.locator("#test-sent a").click();
		this.page.waitForURL("**/alerts/groups/*");
		assertThat(this.page.locator("#group-title")).containsText("SharpendTestAlert");
		look("test-group");
		this.page.locator("#group-head")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Resolve"))
			.click();
		assertThat(this.page.locator("#group-head .state")).hasText("resolved");
		assertThat(this.tab.problems()).isEmpty();
	}

	private String integrationId(String name) {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.get("/api/v1/integrations")
			.json()
			.get("items")
			.valueStream()
			.filter((i) -> i.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asString();
	}

	@Test
	void aResponderSeesDeliveriesRefusedOverTheRateAndRaisesIt() {
		String name = AlertUiFixtures.unique("Chatty exporter ");
		JsonNode created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations", Map.of("name", name, "type", "alertmanager", "ratePerMinute", 1))
			.json();
		String hook = "/hooks/alertmanager/" + created.get("key").asString();
		for (int i = 0; i < 3; i++) {
			Api.anonymous(this.port)
				.postJson(hook, Map.of("version", "4", "status", "firing", "alerts",
						List.of(AlertUiFixtures.alert(AlertUiFixtures.unique("Chatty"), "db-" + i, "firing"))));
		}
		signIn();
		open("/alerts/integrations");
		Locator row = this.page.locator("#integration-" + created.get("id").asString());
		assertThat(row).containsText("1 a minute");
		assertThat(row).containsText("refused 2 deliveries over its rate since this node started");
		row.getByText("Rate…").click();
		look("integrations-rate");
		row.getByLabel("Deliveries a minute").fill("120");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set the rate of " + name)).click();
		this.page.waitForURL("**/alerts/integrations");
		assertThat(this.page.locator("[role=status]").first())
			.containsText(name + " may now send 120 deliveries a minute");
		assertThat(this.page.locator("#integration-" + created.get("id").asString())).containsText("120 a minute");
	}

	private void signIn() {
		this.tab = new BrowserPage(chromium.browser(), this.port);
		this.tab.signInAsAdmin();
		this.page = this.tab.page();
	}

	private void open(String path) {
		this.tab.open(path);
	}

	private void look(String name) {
		this.tab.look("alerts-" + name);
	}

}
