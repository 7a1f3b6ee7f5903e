package dev.sharpend.test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;

/**
 * One browser tab on the running application, as browser tests drive it: open paths, sign
 * in, and look at each page in light and dark on a phone and a desktop, noting what a
 * person would stumble on: sideways scrolling, fields without a label, serious or
 * critical accessibility violations found by axe-core, what the content security policy
 * refused and script errors. With {@code -Dsharpend.test.screenshots=true} each view is
 * also saved to {@code target/screenshots/}, for a person to look at; the checks run
 * either way.
 */
public final class BrowserPage {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * Full-page PNGs of every view cost the suite about a minute of CPU that nobody looks
	 * at in CI, so they are taken when asked for.
	 */
	private static final boolean SAVE_SCREENSHOTS = Boolean.getBoolean("sharpend.test.screenshots");

	private final Page page;

	private final int port;

	private final List<String> problems = new ArrayList<>();

	private final List<String> console = new CopyOnWriteArrayList<>();

	private int consoleSeen;

	/** A fresh tab in its own context (no cookies shared with other tabs). */
	public BrowserPage(Browser browser, int port) {
		Axe.requireInstalled();
		this.page = browser.newContext().newPage();
		this.port = port;
		this.page.onConsoleMessage((message) -> {
			if ("error".equals(message.type())) {
				this.console.add(message.text());
			}
		});
		this.page.onPageError((error) -> this.console.add("script error: " + error));
	}

	public Page page() {
		return this.page;
	}

	/**
	 * The errors the browser logged so far (refused resources, failed requests, script
	 * errors).
	 */
	public List<String> consoleErrors() {
		return List.copyOf(this.console);
	}

	/** What {@link #look(String)} found so far. */
	public List<String> problems() {
		return this.problems;
	}

	public void open(String path) {
		this.page.navigate("http://localhost:" + this.port + path);
	}

	/** Signs in as the bootstrap administrator and waits for the home page. */
	public void signInAsAdmin() {
		open("/login");
		this.page.getByLabel("E-mail address").fill(TestKeys.ADMIN_EMAIL);
		this.page.getByLabel("Password").fill(TestKeys.ADMIN_PASSWORD);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
		this.page.waitForURL("**/home");
	}

	/**
	 * Screenshots the page in each theme and width and notes what a person would stumble
	 * on.
	 */
	public void look(String name) {
		for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
			for (int width : new int[] { 390, 1280 }) {
				this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
				this.page.setViewportSize(width, 900);
				// two frames: the headless shell can report the new width before its
				// media
				// queries have laid the page out again
				this.page
					.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
				String variant = name + "-" + scheme.name().toLowerCase() + "-" + width;
				if (SAVE_SCREENSHOTS) {
					this.page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(variant + ".png"))
						.setFullPage(true));
				}
				if (!(Boolean) this.page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")) {
					this.problems.add(variant + " scrolls sideways, past the edge: " + this.page.evaluate(
							"""
									() => [...document.body.querySelectorAll('*')]
										.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
										.filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
										.slice(0, 3)
										.map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''))"""));
				}
				Axe.violations(this.page, scheme == ColorScheme.DARK)
					.forEach((violation) -> this.problems.add(variant + ": " + violation));
			}
		}
		List<String> logged = List.copyOf(this.console);
		logged.subList(this.consoleSeen, logged.size())
			.stream()
			.filter((line) -> line.contains("Content Security Policy") || line.startsWith("script error: "))
			.forEach((line) -> this.problems.add(name + " logged " + line));
		this.consoleSeen = logged.size();
		if (!(Boolean) this.page.evaluate("() => document.querySelector('link[rel~=icon]') !== null")) {
			this.problems.add(name + " has no favicon");
		}
		this.page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		this.page.setViewportSize(1280, 900);
		Object unlabelled = this.page.evaluate("""
				() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
					.filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
					.map((e) => e.name)""");
		if (!((List<?>) unlabelled).isEmpty()) {
			this.problems.add(name + " has fields without a label: " + unlabelled);
		}
	}

}
