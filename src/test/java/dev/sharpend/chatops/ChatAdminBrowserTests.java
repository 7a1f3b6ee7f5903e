package dev.sharpend.chatops;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;

import dev.sharpend.test.Api;
import dev.sharpend.test.Chromium;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	private final List<String> problems = new ArrayList<>();

	private Page page;

	@BeforeAll
	static void startChromium() {
		Chromium.requireInstalled();
		playwright = Playwright.create();
		browser = Chromium.launch(playwright);
	}

	@AfterAll
	static void stopChromium() {
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void administratorAddsAnIntegrationSeesItsTokenOnceAndLinksAChatUser() {
		signIn();
		String name = "Ops " + UUID.randomUUID().toString().substring(0, 6);
		String chatUser = "grace" + UUID.randomUUID().toString().substring(0, 6);
		open("/settings");
		this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chat")).click();
		Locator add = this.page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName("Add a chat integration"));
		add.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
		add.getByLabel("Kind").selectOption("mattermost");
		add.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();

		String token = this.page.locator("p.notice code").textContent().strip();
		assertThat(token).hasSizeGreaterThan(20);
		look("added");
		Locator link = this.page.getByRole(AriaRole.FORM,
				new Page.GetByRoleOptions().setName("Link a chat user in " + name));
		link.getByLabel("Chat user id or user name").fill(chatUser);
		link.getByLabel("Sharpend user's e-mail").fill(TestKeys.ADMIN_EMAIL);
		link.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Link")).click();
		assertThat(this.page.locator("p.notice").first().textContent()).contains("Linked " + chatUser);
		open("/admin/chat");
		assertThat(this.page.content()).contains(name).doesNotContain(token);
		look("page");

		Api.Response declared = new ChatFixtures(this.port).mattermost(token, chatUser,
				"incident declare Browser-made");
		assertThat(declared.json().get("response_type").asString()).isEqualTo("in_channel");
		assertThat(this.problems).isEmpty();
	}

	private void signIn() {
		this.page = browser.newContext().newPage();
		open("/login");
		this.page.getByLabel("E-mail address").fill(TestKeys.ADMIN_EMAIL);
		this.page.getByLabel("Password").fill(TestKeys.ADMIN_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.waitForURL("**/home");
	}

	private void open(String path) {
		this.page.navigate("http://localhost:" + this.port + path);
	}

	private void look(String name) {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : new int[] { 390, 1280 }) {
				this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
				this.page.setViewportSize(width, 900);
				String variant = "chat-" + name + "-" + scheme.name().toLowerCase() + "-" + width;
				this.page.screenshot(
						new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(variant + ".png")).setFullPage(true));
				if (!(Boolean) this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")) {
					this.problems.add(variant + " scrolls sideways");
				}
			}
		}
		this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		this.page.setViewportSize(1280, 900);
	}

}
