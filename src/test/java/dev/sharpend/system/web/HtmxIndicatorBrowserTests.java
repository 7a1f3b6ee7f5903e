package dev.sharpend.system.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * htmx's request indicators come from the stylesheet, so pages load without the inline
 * style the content security policy would refuse.
 */
@SharpendIntegrationTest
class HtmxIndicatorBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void pagesLoadWithoutAStyleTheContentSecurityPolicyRefuses() {
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		Page page = tab.page();
		List<String> console = new CopyOnWriteArrayList<>();
		page.onConsoleMessage((message) -> console.add(message.type() + ": " + message.text()));
		tab.signInAsAdmin();

		tab.open("/search");
		page.waitForFunction("() => window.htmx !== undefined");

		assertThat(console).noneMatch((line) -> line.contains("Content Security Policy"));
		assertThat(page.evaluate("() => htmx.config.includeIndicatorStyles")).isEqualTo(false);
		Object hidden = page.evaluate("""
				() => { const e = document.createElement('span'); e.className = 'htmx-indicator';
				document.body.append(e); return getComputedStyle(e).opacity; }""");
		assertThat(hidden).isEqualTo("0");
	}

}
