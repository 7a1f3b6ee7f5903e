package dev.sharpend.identity.web;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looks at every account and administration page in light and dark, on a phone and a
 * desktop: nothing overflows sideways, every field has a label, and the keyboard reaches
 * the forms with a visible focus. Screenshots go to {@code target/screenshots/} for a
 * person to look at.
 */
@SharpendIntegrationTest
class IdentityPagesBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	private BrowserPage tab;

	private Page page;

	@BeforeEach
	void signIn() {
		this.tab = new BrowserPage(chromium.browser(), this.port);
		this.page = this.tab.page();
		this.tab.signInAsAdmin();
	}

	@Test
	void theAccountAndSettingsPagesFitEveryScreenAndTheme() {
		open("/settings");
		look("settings");
		open("/account");
		this.page.getByLabel("Name what it is for").fill("a token with a rather long name for a narrow screen");
		this.page.getByLabel("incident:read").check();
		this.page.getByLabel("alert:write").check();
		this.page.getByLabel("review:write").check();
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		this.page.locator("[data-token-value]").waitFor();
		look("account-new-token");
		this.page.getByLabel("Current password").fill("not the password");
		this.page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("a new long password");
		this.page.getByLabel("Repeat the new password").fill("a different long password");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
		this.page.locator("#repeatPassword-error").waitFor();
		look("account-password-error");
		this.page.getByLabel("Name what it is for").fill("no permissions");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
		this.page.locator("#token-permissions-error").waitFor();
		look("account-token-error");
		assertThat(this.tab.problems()).isEmpty();
	}

	@Test
	void theAdministrationPagesFitEveryScreenAndTheme() {
		open("/admin/users");
		this.page.locator("form[action$='/invite'] input[name=email]")
			.fill("invited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link")).click();
		String link = this.page.locator("[data-invitation-link]").textContent().strip();
		look("users-invitation");
		open("/admin/roles");
		look("roles");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the role Responder")).click();
		look("role-edit");
		this.page.context().clearCookies();
		this.page.navigate(link);
		look("invitation");
		// Once per class, signed out: the page is the same for every test.
		open("/login");
		look("login");
		assertThat(this.tab.problems()).isEmpty();
	}

	@Test
	void theKeyboardReachesTheTokenFormWithAVisibleFocus() {
		open("/account");
		for (int i = 0; i < 100; i++) {
			this.page.keyboard().press("Tab");
			if ("Create token".equals(this.page.evaluate("() => document.activeElement.textContent.trim()"))) {
				Object outline = this.page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle");
				assertThat(outline).isNotEqualTo("none");
				return;
			}
		}
		throw new AssertionError("Tab never reached the Create token button");
	}

	private void open(String path) {
		this.tab.open(path);
	}

	private void look(String name) {
		this.tab.look(name);
	}

}
