package dev.sharpend.test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for the tests of one class: started before the first, closed after the
 * last, so each class's pages and renderer processes go with it. Register it as
 * {@code @RegisterExtension static final ChromiumSession chromium = new ChromiumSession();}.
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.requireInstalled();
		this.playwright = Playwright.create();
		this.browser = Chromium.launch(this.playwright);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.playwright != null) {
			this.playwright.close();
			this.playwright = null;
			this.browser = null;
		}
	}

	public Browser browser() {
		if (this.browser == null) {
			throw new IllegalStateException("Chromium runs only between a test class's first and last test");
		}
		return this.browser;
	}

}
