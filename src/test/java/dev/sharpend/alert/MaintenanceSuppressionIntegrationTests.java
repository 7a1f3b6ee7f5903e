package dev.sharpend.alert;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Alerts whose {@code component} label names a status-page component (by id or name) that
 * is under maintenance are stored suppressed by that maintenance, joining no group.
 */
@SharpendIntegrationTest
class MaintenanceSuppressionIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void alertsForAComponentUnderMaintenanceAreStoredSuppressedNotDropped() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String page = created(admin().postJson("/api/v1/status-pages", Map.of("name", "Shop", "slug", "s-" + run)));
		String pagePath = "/api/v1/status-pages/" + page;
		String checkout = created(admin().postJson(pagePath + "/components", Map.of("name", "Checkout " + run)));
		String search = created(admin().postJson(pagePath + "/components", Map.of("name", "Search " + run)));
		Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
		String maintenance = created(admin().postJson(pagePath + "/maintenances",
				Map.of("name", "Database upgrade", "body", "We will upgrade the database.", "scheduledFor",
						start.toString(), "scheduledUntil", start.plus(2, ChronoUnit.HOURS).toString(), "componentIds",
						List.of(checkout))));
		maintenanceUpdate(pagePath, maintenance, "in_progress");
		assertThat(admin().sendJson("PATCH", pagePath + "/components/" + search, Map.of("status", "under_maintenance"))
			.status()).isEqualTo(200);
		String hook = hook();

		assertThat(post(hook, alert("a" + run, "checkout " + run.toUpperCase(), "s")).status()).isEqualTo(200);
		assertThat(post(hook, alert("b" + run, search, "s")).status()).isEqualTo(200);
		assertThat(post(hook, alert("c" + run, "Payments " + run, "s")).status()).isEqualTo(200);

		JsonNode byName = alert("a" + run);
		assertThat(byName.get("status").asString()).isEqualTo("firing");
		assertThat(byName.path("suppressedBy").asString("")).isEqualTo("maintenance:" + maintenance);
		assertThat(byName.has("groupId")).as("a suppressed alert joins no group").isFalse();
		assertThat(alert("b" + run).path("suppressedBy").asString("")).isEqualTo("maintenance:component:" + search);
		assertThat(alert("c" + run).has("suppressedBy")).isFalse();
		assertThat(alert("c" + run).has("groupId")).isTrue();

		maintenanceUpdate(pagePath, maintenance, "completed");
		assertThat(post(hook, alert("a" + run, "checkout " + run, "again")).status()).isEqualTo(200);
		JsonNode after = alert("a" + run);
		assertThat(after.has("suppressedBy")).as("the maintenance is over").isFalse();
		assertThat(after.has("groupId")).isTrue();
	}

	private void maintenanceUpdate(String pagePath, String maintenance, String status) {
		Api.Response update = admin().postJson(pagePath + "/maintenances/" + maintenance + "/updates",
				Map.of("status", status, "body", "Now " + status + "."));
		assertThat(update.status()).as(update.toString()).isIn(200, 201);
	}

	private String hook() {
		JsonNode created = admin()
			.postJson("/api/v1/integrations", Map.of("name", "maintenance test", "type", "alertmanager"))
			.json();
		return "/hooks/alertmanager/" + created.get("key").asString();
	}

	private Api.Response post(String hook, Map<String, Object> alert) {
		return Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "alerts", List.of(alert)));
	}

	private static Map<String, Object> alert(String fingerprint, String component, String summary) {
		return Map.of("status", "firing", "fingerprint", fingerprint, "labels",
				Map.of("alertname", "Slow", "component", component), "annotations", Map.of("summary", summary),
				"startsAt", "2026-11-24T10:00:00Z");
	}

	private JsonNode alert(String fingerprint) {
		return admin().get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("fingerprint").asString().equals(fingerprint))
			.findFirst()
			.orElseThrow();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private static String created(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

}
