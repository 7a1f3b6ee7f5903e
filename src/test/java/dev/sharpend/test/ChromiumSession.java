package dev.sharpend.test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Chromium for the tests of a class. One Chromium serves every browser test class of the
 * run (starting Playwright's driver and the browser takes seconds on two cores); what a
 * class opened (its browser contexts, their pages and renderer processes) is closed after
 * its last test, so classes share no cookies and the run no memory. Register it as
 * {@code @RegisterExtension static final ChromiumSession chromium = new ChromiumSession();}.
 */
public final class ChromiumSession implements BeforeAllCallback, AfterAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(ChromiumSession.class);

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Chromium.requireInstalled();
		// The root store closes the browser when the run ends.
		this.browser = context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Shared.class, (key) -> new Shared(), Shared.class).browser;
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.browser != null) {
			this.browser.contexts().forEach(BrowserContext::close);
			this.browser = null;
		}
	}

	public Browser browser() {
		if (this.browser == null) {
			throw new IllegalStateException("Chromium runs only between a test class's first and last test");
		}
		return this.browser;
	}

	private static final class Shared implements AutoCloseable {

		final Playwright playwright = Playwright.create();

		final Browser browser = Chromium.launch(this.playwright);

		@Override
		public void close() {
			this.playwright.close();
		}

	}

}
