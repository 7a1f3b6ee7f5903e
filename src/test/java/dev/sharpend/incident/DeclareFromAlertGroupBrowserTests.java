package dev.sharpend.incident;

import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A responder takes a critical alert group on: the declare form starts from the rule and
 * the severity label, the incident links the group and its runbook, the group list names
 * the incident, and declaring again is offered the incident instead.
 */
@SharpendIntegrationTest
class DeclareFromAlertGroupBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void aResponderDeclaresFromAGroupOnceAndIsSentToThatIncidentAfterwards() {
		IncidentFixtures f = new IncidentFixtures(this.port);
		String name = "CheckoutErrors" + System.nanoTime();
		long group = f.fireWithLinks(name, "web-1", "critical", Instant.now().minusSeconds(7 * 3600));
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();

		admin.open("/alerts/groups/" + group);
		assertThat(page.locator("#group-head")).containsText("7 h ago");
		assertThat(page.locator("a[href='https://runbooks.example.com/" + name + "']")).isVisible();
		assertThat(page.locator("a[href^='javascript:']")).hasCount(0);
		admin.look("alert-group-open");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Declare incident…")).click();
		page.waitForURL("**/response/incidents/declare?group=" + group);
		Locator form = page.locator("#declare");
		assertThat(form.getByLabel("Title")).hasValue(name + " (job=api)");
		assertThat(form.locator("select[name=severity]")).hasValue("SEV1");
		assertThat(form).containsText("critical");
		admin.look("declare-from-group");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Declare incident")).click();
		page.waitForURL("**/response/incidents/*");
		String incident = page.url().substring(page.url().lastIndexOf('/') + 1);

		Locator groups = page.locator("#alert-groups");
		assertThat(groups.locator("a[href='/alerts/groups/" + group + "']")).isVisible();
		assertThat(groups.locator("a[href='https://runbooks.example.com/" + name + "']")).hasText("runbook_url");
		assertThat(page.locator(".timeline")).containsText("acknowledged: INC-" + incident + " is handling it");
		admin.look("incident-with-group");

		String integration = f.admin().get("/api/v1/alert-groups/" + group).json().get("integrationId").asString();
		admin.open("/alerts?integration=" + integration);
		Locator row = page.locator("#group-" + group);
		assertThat(row.locator(".state")).hasText("acknowledged");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("INC-" + incident)).click();
		page.waitForURL("**/response/incidents/" + incident);
		admin.open("/alerts");
		admin.look("alert-groups-with-incident");

		admin.open("/alerts/groups/" + group);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Declare incident…"))).hasCount(0);
		admin.look("alert-group-handled");
		admin.open("/response/incidents/declare?group=" + group);
		assertThat(page.locator("h1")).containsText("already in INC-" + incident);
		assertThat(page.locator("form[action*='from-group']")).hasCount(0);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open INC-" + incident)).click();
		page.waitForURL("**/response/incidents/" + incident);
		assertThat(admin.problems()).isEmpty();
	}

}
