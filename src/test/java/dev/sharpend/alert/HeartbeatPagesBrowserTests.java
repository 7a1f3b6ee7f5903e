package dev.sharpend.alert;

import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder finds Heartbeats from the integrations page, creates one in Chromium,
 * copies its ping URL, sees it turn healthy when pinged, and sees another go silent with
 * a link to its alert group. Looked at in light and dark, on a phone and a desktop.
 */
@SharpendIntegrationTest
class HeartbeatPagesBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HeartbeatMonitor monitor;

	@Test
	void aResponderCreatesAHeartbeatPingsItAndSeesAnotherGoSilent() {
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.signInAsAdmin();
		Page page = tab.page();
		String run = Long.toString(System.nanoTime() % 100000);
		JsonNode alertmanager = Api.created(Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations", Map.of("name", "prod Alertmanager " + run, "type", "alertmanager")));
		JsonNode quiet = Api.created(Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/heartbeats", Map.of("name", "prod pipeline " + run, "intervalMinutes", 5,
					"watchIntegrationId", alertmanager.get("id").asString())));
		// created long ago and never fed: overdue
		this.jdbc.sql("update alert_heartbeat set due_at = created_at - interval '1' hour where id = :id")
			.param("id", java.util.UUID.fromString(quiet.get("id").asString()))
			.update();
		this.monitor.checkDue();

		tab.open("/alerts/integrations");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("heartbeat").setExact(true)).click();
		page.waitForURL("**/alerts/heartbeats");
		String name = "nightly backup " + run;
		Locator form = page.locator("#new-heartbeat");
		form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		form.getByLabel("Expect a signal every, minutes").fill("1440");
		form.getByLabel("Grace, minutes").fill("60");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create heartbeat")).click();
		page.waitForURL("**/alerts/heartbeats");
		String url = page.locator("[data-ping-url]").textContent().strip();
		assertThat(url).startsWith("http://localhost:" + this.port + "/hooks/heartbeat/shk_");
		assertThat(page.locator("#created-snippet")).containsText(url);
		Locator row = page.locator("tr:has-text('" + name + "')");
		assertThat(row.locator("[data-heartbeat-state]")).hasText("waiting");
		tab.look("heartbeats-created");

		Api.Response ping = Api.anonymous(this.port)
			.send("GET", url.substring(("http://localhost:" + this.port).length()));
		assertThat(ping.status()).isEqualTo(200);
		tab.open("/alerts/heartbeats");
		assertThat(page.locator("[data-ping-url]")).hasCount(0);
		assertThat(row.locator("[data-heartbeat-state]")).hasText("healthy");
		assertThat(row).containsText("24 h");
		assertThat(row).containsText("+ 1 h grace");
		Locator silent = page.locator("tr:has-text('prod pipeline " + run + "')");
		assertThat(silent.locator("[data-heartbeat-state]")).hasText("silent");
		assertThat(silent).containsText("Watchdog through prod Alertmanager " + run);
		tab.look("heartbeats");

		silent.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("its alert group")).click();
		assertThat(page.locator(".group-row")).containsText("Heartbeat 'prod pipeline " + run + "' silent for");
	}

}
