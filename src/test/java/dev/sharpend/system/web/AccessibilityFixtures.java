package dev.sharpend.system.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.BrowserPage;
import dev.sharpend.test.TestKeys;

import static dev.sharpend.test.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the accessibility tours look at: a little of everything, created through the API
 * of the running application.
 */
final class AccessibilityFixtures {

	private AccessibilityFixtures() {
	}

	/** Opens each path in the tab and looks at it. */
	static void tour(BrowserPage tab, List<String> paths) {
		for (String path : paths) {
			tab.open(path);
			tab.look("a11y" + path.replaceAll("[^a-z0-9]+", "-"));
		}
	}

	/** A status page with components and notices, an alert group, incident and review. */
	static Seeded seed(int port) {
		Api admin = Api.withToken(port, TestKeys.ADMIN_TOKEN);
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
		Api.Response fired = Api.anonymous(port)
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

	record Seeded(String pageId, String slug, String notice, long group, long incident, long review) {
	}

}
