package dev.sharpend.identity.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.sharpend.test.Api;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.TestDatabase;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new installation without bootstrap settings, used the way its first administrator
 * would: open the logged setup link, create the administrator, sign in, create an API
 * token on the account page and use it.
 */
// Output capture is registered before the Spring extension, so it sees the start-up log.
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "sharpend.test.context=first-run-browser")
@ContextConfiguration(initializers = TestDatabase.class)
@OwnApplication
class FirstRunBrowserTests {

	private static final Pattern SETUP_LINK = Pattern.compile("(http://localhost:\\d+/setup\\?token=\\S+)");

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void theFirstAdministratorSetsUpSharpendAndUsesAnApiTokenMadeInTheBrowser(CapturedOutput output) {
		Matcher link = SETUP_LINK.matcher(output.getAll());
		assertThat(link.find()).as("the start-up log shows a setup link").isTrue();
		Page page = chromium.browser().newContext().newPage();

		page.navigate(link.group(1));
		page.getByLabel("E-mail address").fill("first@example.test");
		page.getByLabel("Name").fill("First Admin");
		page.getByLabel("Password").fill("a long first password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create administrator")).click();
		assertThat(page.getByText("Your administrator account is ready")).isVisible();

		page.getByLabel("E-mail address").fill("first@example.test");
		page.getByLabel("Password").fill("a long first password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		assertThat(
				page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions().setHasText("What needs attention")))
			.isVisible();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("first@example.test")).click();
		page.getByLabel("Name what it is for").fill("ci pipeline");
		page.getByLabel("incident:read").check();
		page.getByLabel("user:admin").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		String token = page.locator("[data-token-value]").textContent().strip();
		assertThat(page.getByText("it is not shown again")).isVisible();

		Api.Response me = Api.withToken(this.port, token).get("/api/v1/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("email").asString()).isEqualTo("first@example.test");
		assertThat(me.json().get("permissions").valueStream().map((p) -> p.asString())).containsExactly("incident:read",
				"user:admin");

		page.getByText("Revoke…").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke the token ci pipeline")).click();
		assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("ci pipeline"))).containsText("revoked");
		assertThat(Api.withToken(this.port, token).get("/api/v1/me").status()).isEqualTo(401);
	}

}
