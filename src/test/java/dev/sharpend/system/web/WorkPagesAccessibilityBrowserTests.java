package dev.sharpend.system.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the daily work the navigation leads to (home, status pages, incidents,
 * alerts and reviews), with a little of everything in them: each is looked at in light
 * and dark on a phone and a desktop, as {@link AccessibilityBrowserTests} does with the
 * other pages.
 */
@SharpendIntegrationTest
class WorkPagesAccessibilityBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void everyPageOfTheDailyWorkIsAccessibleInEveryThemeAndWidth() {
		AccessibilityFixtures.Seeded seeded = AccessibilityFixtures.seed(this.port);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.signInAsAdmin();
		AccessibilityFixtures.tour(tab,
				List.of("/home", "/status-pages", "/status-pages/" + seeded.pageId(), "/response/incidents",
						"/response/incidents/" + seeded.incident(), "/alerts", "/alerts/groups/" + seeded.group(),
						"/alerts/all", "/alerts/integrations", "/alerts/silences", "/reviews",
						"/reviews/" + seeded.review(), "/reviews/actions", "/reviews/templates"));
		assertThat(tab.problems()).isEmpty();
	}

}
