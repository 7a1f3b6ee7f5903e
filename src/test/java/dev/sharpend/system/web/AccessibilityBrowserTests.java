package dev.sharpend.system.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.ChromiumSession;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page the navigation leads to, and the public status pages, with a little of
 * everything in them: each is looked at in light and dark on a phone and a desktop, so
 * axe-core finds no serious or critical violation, nothing scrolls sideways, the content
 * security policy refuses nothing and every page has an icon.
 */
@SharpendIntegrationTest
class AccessibilityBrowserTests {

	@RegisterExtension
	static final ChromiumSession chromium = new ChromiumSession();

	@LocalServerPort
	int port;

	@Test
	void everySignedInPageIsAccessibleInEveryThemeAndWidth() {
		Seeded seeded = seed();
		BrowserPage tab = new BrowserPage(chromium.browser(), this.port);
		tab.open("/login");
		tab.look("a11y-login");
		tab.signInAsAdmin();
		for (String path : List.of("/home", "/status-pages", "/status-pages/" + seeded.pageId(), "/response/incidents",
				"/response/incidents/" + seeded.incident(), "/alerts", "/alerts/groups/" + seeded.group(),
				"/alerts/all", "/alerts/integrations", "/alerts/silences", "/reviews", "/reviews/" + seeded.review(),
				"/reviews/actions", "/reviews/templates", "/search?q=checkout", "/language-review", "/insights",
				"/providers", "/settings", "/account", "/admin/users", "/admin/roles", "/admin/audit", "/admin/smtp",
				"/admin/chat", "/admin/sso", "/admin/twilio", "/oncall/me")) {
			tab.open(path);
			tab.look("a11y" + path.replaceAll("[^a-z0-9]+", "-"));
		}
		assertThat(tab.problems()).isEmpty();
	}

	@Test
	void thePublicPagesAreAccessibleInEveryThemeAndWidth() {
		Seeded seeded = seed();
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
		Seeded seeded = seed();
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

	/** A status page with components and notices, an alert group, incident and review. */
	private Seeded seed() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String run = UUID.randomUUID().toString().substring(0, 8);
		String slug = "a11y-" + run;
		JsonNode page = created(admin.postJson("/api/v1/status-pages", Map.of("name", "Acme Cloud", "slug", slug)));
		String pagePath = "/api/v1/status-pages/" + page.get("id").asString();
		String checkout = created(admin.postJson(pagePath + "/components",
				Map.of("name", "Checkout", "description", "Carts, payments and receipts")))
			.get("id")
			.asString();
		created(admin.postJson(pagePath + "/components", Map.of("name", "Search")));
		JsonNode notice = created(admin.postJson(pagePath + "/incidents", Map.of("name", "Checkout is slow", "body",
				"We are looking into **slow** payments.", "components", Map.of(checkout, "partial_outage"))));
		created(admin.postJson(pagePath + "/maintenances",
				Map.of("name", "Database upgrade", "body", "Planned.", "componentIds", List.of(checkout),
						"scheduledFor", Instant.now().plus(2, ChronoUnit.DAYS).toString(), "scheduledUntil",
						Instant.now().plus(2, ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS).toString())));

		String hook = "/hooks/alertmanager/" + created(admin.postJson("/api/v1/integrations",
				Map.of("name", "Alertmanager " + run, "type", "alertmanager", "groupBy", List.of("alertname"))))
			.get("key")
			.asString();
		String alertname = "CheckoutLatency" + run;
		Api.Response fired = Api.anonymous(this.port)
			.postJson(hook,
					Map.of("version", "4", "status", "firing", "alerts",
							List.of(Map.of("status", "firing", "labels",
									Map.of("alertname", alertname, "instance", "api-1", "severity", "critical"),
									"annotations", Map.of("summary", "Checkout latency above 2 s on api-1"), "startsAt",
									Instant.now().minus(5, ChronoUnit.MINUTES).toString()))));
		assertThat(fired.status()).as(fired.toString()).isEqualTo(200);
		long group = admin.get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		created(admin.postJson("/api/v1/silences",
				Map.of("matchers",
						List.of(Map.of("name", "alertname", "value", "Noisy" + run, "isRegex", false, "isEqual", true)),
						"endsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "comment", "Known flapping")));
		// An expired silence and a token whose name has no place to break: the suite's
		// other classes leave both behind on the shared application, so the pages must
		// stay readable and narrow with them.
		String expired = created(admin.postJson("/api/v1/silences", Map.of("matchers",
				List.of(Map.of("name", "alertname", "value", "Expired" + run, "isRegex", false, "isEqual", true)),
				"endsAt", Instant.now().plus(1, ChronoUnit.HOURS).toString(), "comment", "Over now")))
			.get("id")
			.asString();
		assertThat(admin.delete("/api/v1/silences/" + expired).status()).isLessThan(300);
		created(admin.postJson("/api/v1/tokens", Map.of("name", "W".repeat(100), "permissions",
				List.of("incident:read", "incident:write", "alert:read", "alert:write", "statuspage:read"))));

		long incident = created(admin.postJson("/api/v1/incidents",
				Map.of("title", "Checkout payments failing " + run, "severity", "SEV2")))
			.get("number")
			.asLong();
		long review = created(admin.postJson("/api/v1/reviews", Map.of("title", "Checkout near miss " + run))).get("id")
			.asLong();
		return new Seeded(page.get("id").asString(), slug, notice.get("id").asString(), group, incident, review);
	}

	private record Seeded(String pageId, String slug, String notice, long group, long incident, long review) {
	}

}
