package dev.sharpend.incident;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.sharpend.incident.IncidentFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder in the middle of an open incident: writes at the top of the timeline, reads
 * it the way they chose (still so after a reload), raises the severity from the header,
 * and answers the call to publish with a public title of their own.
 */
@SharpendIntegrationTest
class IncidentPageBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void aResponderWritesOnTopRaisesSeverityAndPublishesUnderAPublicTitle() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		JsonNode statusPage = f.statusPage("Shop status " + UUID.randomUUID().toString().substring(0, 6));
		JsonNode checkout = f.component(statusPage, "Checkout");
		long n = f.declare("pg-3 failover left checkout on a read replica", "severity", "SEV3").get("number").asLong();
		expect(200, f.admin()
			.sendJson("PATCH", "/api/v1/incidents/" + n, Map.of("components", List.of(checkout.get("id").asString()))));
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		admin.open("/response/incidents/" + n);

		assertThat(page.locator("#incident-elapsed")).hasText("open under a minute");
		assertThat(page.locator("#add-entry").boundingBox().y)
			.isLessThan(page.locator("#timeline-list").boundingBox().y);
		write(page, "Writes fail with read-only transaction errors");
		write(page, "Pointed the pool back at the primary");
		Locator notes = page.locator(".timeline .kind-observation .entry-body");
		assertThat(notes).hasText(new String[] { "Pointed the pool back at the primary",
				"Writes fail with read-only transaction errors" });
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show oldest first")).click();
		// The toggle is a form post; reload only once its answer is shown.
		assertThat(page.locator("#order-now")).hasText("Oldest first");
		page.reload();
		assertThat(page.locator("#order-now")).hasText("Oldest first");
		assertThat(notes).hasText(new String[] { "Writes fail with read-only transaction errors",
				"Pointed the pool back at the primary" });

		page.locator("#head-severity").selectOption("SEV1");
		assertThat(page.locator("#incident-severity")).hasText("SEV1");
		assertThat(page.locator(".timeline")).containsText("SEV3 to SEV1");
		assertThat(page.locator("#publish")).containsText("Nothing about this incident is published yet");
		admin.look("incident-open-unpublished");

		Locator publish = page.locator("#publish");
		assertThat(publish.getByLabel("Public title")).hasValue("pg-3 failover left checkout on a read replica");
		publish.getByLabel("Public title").fill("Checkout fails for some customers");
		publish.locator("select[name='component." + checkout.get("id").asString() + "']").selectOption("major_outage");
		publish.getByLabel("Public update").fill("Orders cannot be placed right now. We are restoring service.");
		publish.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Publish")).click();
		page.waitForLoadState();
		assertThat(page.locator(".publish-now")).hasCount(0);
		page.locator("#status-incidents a").first().click();
		assertThat(page.locator("main")).containsText("Checkout fails for some customers");
		assertThat(page.locator("main")).not().containsText("pg-3");
		admin.open("/response/incidents/" + n);
		admin.look("incident-open-published");
		assertThat(admin.problems()).isEmpty();
	}

	private static void write(Page page, String body) {
		Locator form = page.locator("#add-entry");
		form.getByLabel("What happened").fill(body);
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add entry")).click();
		page.waitForLoadState();
	}

}
