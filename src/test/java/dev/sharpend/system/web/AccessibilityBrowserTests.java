package dev.sharpend.system.web;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page, every settings, administration and personal page the navigation leads
 * to, and the public status pages, with a little of everything in them: each is looked at
 * in light and dark on a phone and a desktop, so axe-core finds no serious or critical
 * violation, nothing scrolls sideways, the content security policy refuses nothing and
 * every page has an icon. The pages of the daily work are toured by
 * {@link WorkPagesAccessibilityBrowserTests}, so the two test JVMs can share the tour.
 */
@SharpendIntegrationTest
class AccessibilityBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void theSignInSettingsAndAdministrationPagesAreAccessibleInEveryThemeAndWidth() {
		AccessibilityFixtures.seed(this.port);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.open("/login");
		tab.look("a11y-login");
		tab.signInAsAdmin();
		AccessibilityFixtures.tour(tab,
				List.of("/search?q=checkout", "/language-review", "/insights", "/providers", "/settings", "/account",
						"/admin/users", "/admin/roles", "/admin/audit", "/admin/smtp", "/admin/chat", "/admin/sso",
						"/admin/twilio", "/oncall/me"));
		assertThat(tab.problems()).isEmpty();
	}

	@Test
	void thePublicPagesAreAccessibleInEveryThemeAndWidth() {
		AccessibilityFixtures.Seeded seeded = AccessibilityFixtures.seed(this.port);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		String base = "/p/" + seeded.slug();
		tab.open(base);
		assertThat(tab.page().locator(".uptime-bars").first().boundingBox().width).isGreaterThan(300);
		tab.look("a11y-public");
		tab.open(base + "/incidents/" + seeded.notice());
		tab.look("a11y-public-incident");
		tab.open(base + "/history");
		tab.look("a11y-public-history");
		tab.open(base + "/subscribe");
		tab.look("a11y-public-subscribe");
		assertThat(tab.problems()).isEmpty();
		assertThat(tab.consoleErrors()).isEmpty();

		APIResponse icon = tab.page().request().get("http://localhost:" + this.port + "/favicon.ico");
		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.headers().get("content-type")).startsWith("image/");
		APIResponse svg = tab.page().request().get("http://localhost:" + this.port + "/favicon.svg");
		assertThat(svg.headers().get("content-type")).startsWith("image/svg+xml");
	}

	@Test
	void aPhoneShowsTheLastThirtyDaysOfUptimeWithALegendOnOneLine() {
		AccessibilityFixtures.Seeded seeded = AccessibilityFixtures.seed(this.port);
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.page().setViewportSize(390, 900);
		tab.open("/p/" + seeded.slug());
		Object shown = tab.page().evaluate("""
				() => { const bars = document.querySelector('.uptime-window');
					const legend = [...bars.parentElement.querySelectorAll('.uptime-legend')]
						.find((l) => getComputedStyle(l).display !== 'none');
					const spans = [...legend.children].map((s) => s.getBoundingClientRect());
					return { window: bars.getBoundingClientRect().width,
						bars: bars.firstElementChild.getBoundingClientRect().width,
						legend: legend.textContent, lines: new Set(spans.map((r) => Math.round(r.top))).size,
						overlap: spans.some((r, i) => i > 0 && r.left < spans[i - 1].right) }; }""");
		Map<?, ?> bars = (Map<?, ?>) shown;
		assertThat(((Number) bars.get("bars")).doubleValue()).isCloseTo(3 * ((Number) bars.get("window")).doubleValue(),
				org.assertj.core.data.Offset.offset(2.0));
		assertThat((String) bars.get("legend")).startsWith("30 days ago").endsWith("Today");
		assertThat(bars.get("lines")).isEqualTo(1);
		assertThat(bars.get("overlap")).isEqualTo(false);
		assertThat((Boolean) tab.page().evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.isTrue();
	}

}
