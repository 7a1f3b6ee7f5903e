package dev.sharpend.oncall;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.ApiTokens;
import dev.sharpend.identity.User;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.sharpend.oncall.OnCallFixtures.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator builds a two-step escalation policy through the editor's forms,
 * reading the preview change as the steps are filled in, has an empty third step refused
 * and removes it, saves the policy, finds it in words on the team's page and routes an
 * integration's critical alert groups to it. The pages are looked at in light and dark,
 * on a phone and a desktop.
 */
@SharpendIntegrationTest
class EscalationPolicyBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void anAdminBuildsATwoStepPolicyReadsItsPreviewAndRoutesAnIntegrationToIt() {
		OnCallFixtures f = new OnCallFixtures(this.port, this.accounts, this.tokens);
		User alice = f.person("Alice");
		User bob = f.person("Bob");
		String team = OnCallFixtures.team(f.admin(), "Europe/Berlin", List.of(alice, bob));
		String teamName = expect(200, f.admin().get("/api/v1/teams/" + team)).get("name").asString();
		String schedule = OnCallFixtures.schedule(f.admin(), team, "Primary");
		String integrationName = "Prometheus " + OnCallFixtures.suffix();
		String integration = expect(201,
				f.admin().postJson("/api/v1/integrations", Map.of("name", integrationName, "type", "alertmanager")))
			.get("id")
			.asString();
		BrowserPage admin = new BrowserPage(chromium.browser(), this.port);
		Page page = admin.page();
		admin.signInAsAdmin();
		admin.open("/oncall/teams/" + team);
		assertThat(page.locator("#escalation-policies")).containsText("No escalation policy yet");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New escalation policy")).click();
		page.waitForURL("**/escalation-policies/new");

		Locator form = page.locator("#policy-form");
		form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("Night");
		form.getByLabel("Repeat the policy").fill("1");
		form.getByLabel("Acknowledgement times out after").fill("30");
		Locator first = page.locator("#step-1");
		first.getByLabel("Wait for an acknowledgement").fill("5");
		first.getByLabel("Person").fill(alice.email());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a step")).click();
		Locator second = page.locator("#step-2");
		assertThat(second).isVisible();
		assertThat(first.getByLabel("Person").first()).hasValue(alice.email());
		second.getByLabel("Wait for an acknowledgement").fill("10");
		second.getByLabel("Whoever is on call on").first().selectOption(schedule);
		second.getByLabel("The whole team").first().selectOption(team);
		// The preview follows the form without a button pressed.
		Locator preview = page.locator("#preview");
		assertThat(preview).hasText("If nobody acknowledges: at 0 min Alice; at 5 min whoever is on call on Primary "
				+ "and the whole " + teamName + "; then repeats once (last page at 20 min). An acknowledgement times "
				+ "out after 30 min unless the group resolves; then paging starts over at step 1.");
		admin.look("oncall-policy-editor");

		// A step left empty is refused with the form as it was; removing it saves.
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a step")).click();
		assertThat(page.locator("#step-3")).isVisible();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save policy")).click();
		assertThat(page.locator("#policy-form [role=alert]")).containsText("Step 3 needs 1 to 20 targets");
		assertThat(form.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true))).hasValue("Night");
		assertThat(page.locator("#step-2").getByLabel("Wait for an acknowledgement")).hasValue("10");
		page.locator("#step-3").getByLabel("Remove step 3").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save policy")).click();
		page.waitForURL("**?saved=policy");
		assertThat(page.getByText("Escalation policy saved.")).isVisible();
		assertThat(page.locator("#step-1").getByLabel("Person").first()).hasValue("Alice <" + alice.email() + ">");
		admin.look("oncall-policy-saved");
		assertThat(preview).containsText("at 5 min whoever is on call on Primary");

		page.locator(".crumbs").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(teamName)).click();
		page.waitForURL("**/oncall/teams/" + team);
		assertThat(page.locator("#escalation-policies")).containsText("Night");
		assertThat(page.locator("#escalation-policies"))
			.containsText("If nobody acknowledges: at 0 min Alice; at 5 min whoever is on call on Primary");

		Locator route = page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a route"));
		route.getByLabel("Integration").selectOption(integration);
		route.getByLabel("Policy").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Night"));
		route.getByLabel("Matchers").fill("severity = critical");
		route.getByLabel("Urgency").selectOption("high");
		route.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add route")).click();
		page.waitForURL("**saved=route**");
		Locator routes = page.locator("#routes .route-list");
		assertThat(routes).containsText(integrationName);
		assertThat(routes).containsText("Alert groups with severity=critical → Night, high urgency");
		admin.look("oncall-team-escalation");
		assertThat(f.admin().get("/api/v1/integrations/" + integration + "/routes").body())
			.contains("\"matchers\":\"severity=critical\"");
		assertThat(admin.problems()).isEmpty();
	}

}
