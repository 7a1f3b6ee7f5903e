package dev.sharpend.chatops;

import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.Chromium;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator adds a Mattermost integration in Chromium, copies the token Sharpend
 * shows once, links a chat user, and that user's slash command then acts as them. The
 * page is looked at in light and dark, on a phone and a desktop (screenshots in
 * {@code target/screenshots/}).
 */
@SharpendIntegrationTest
class ChatAdminBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	private BrowserPage browserPage;

	private Page page;

	@Test
	void administratorAddsAnIntegrationSeesItsTokenOnceAndLinksAChatUser() {
		this.browserPage = new BrowserPage(chromium.browser(), this.port);
		this.page = this.browserPage.page();
		this.browserPage.signInAsAdmin();
		String name = "Ops " + UUID.randomUUID().toString().substring(0, 6);
		String chatUser = "grace" + UUID.randomUUID().toString().substring(0, 6);
		this.browserPage.open("/settings");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat")).click();
		Locator add = this.page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a chat integration"));
		add.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		add.getByLabel("Kind").selectOption("mattermost");
		add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();

		String token = this.page.locator("p.notice code").textContent().strip();
		assertThat(token).hasSizeGreaterThan(20);
		this.browserPage.look("chat-added");
		Locator link = this.page.getByRole(AriaRole.FORM,
				new Page.GetByRoleOptions().setName("Link a chat user in " + name));
		link.getByLabel("Chat user id").fill("id-" + chatUser);
		link.getByLabel("Sharpend user's e-mail").fill(TestKeys.ADMIN_EMAIL);
		link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link")).click();
		assertThat(this.page.locator("p.notice").first().textContent()).contains("Linked id-" + chatUser);
		this.browserPage.open("/admin/chat");
		assertThat(this.page.content()).contains(name).doesNotContain(token);
		this.browserPage.look("chat-page");

		Api.Response declared = new ChatFixtures(this.port).mattermost(token, chatUser,
				"incident declare Browser-made");
		assertThat(declared.json().get("response_type").asString()).isEqualTo("in_channel");
		assertThat(this.browserPage.problems()).isEmpty();
	}

}
