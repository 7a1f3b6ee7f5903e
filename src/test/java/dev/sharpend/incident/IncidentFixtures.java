package dev.sharpend.incident;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds incidents, alert groups and status pages through the public APIs, as automation
 * would.
 */
final class IncidentFixtures {

	private final int port;

	private final Api admin;

	IncidentFixtures(int port) {
		this.port = port;
		this.admin = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	Api admin() {
		return this.admin;
	}

	JsonNode declare(String title, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return expect(201, this.admin.postJson("/api/v1/incidents", body));
	}

	/** An Alertmanager integration; returns its intake path. */
	String alertmanagerHook() {
		JsonNode created = expect(201, this.admin.postJson("/api/v1/integrations",
				Map.of("name", "am-" + UUID.randomUUID(), "type", "alertmanager", "groupBy", List.of("alertname"))));
		return "/hooks/alertmanager/" + created.get("key").asString();
	}

	/** Sends one alert as Alertmanager's webhook (version 4) does. */
	void fire(String hook, String alertname, String instance, String status) {
		Map<String, Object> alert = Map.of("status", status, "fingerprint", alertname + "/" + instance, "labels",
				Map.of("alertname", alertname, "instance", instance, "job", "api"), "annotations",
				Map.of("summary", alertname + " on " + instance), "startsAt", "2026-11-24T10:00:00Z", "endsAt",
				"resolved".equals(status) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", status, "receiver", "sharpend", "groupLabels",
					Map.of("alertname", alertname), "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/**
	 * Fires one alert through a new Alertmanager integration (rule labels alertname and
	 * job) with a runbook link and an unsafe link; returns its group.
	 */
	long fireWithLinks(String alertname, String instance, String severity, Instant startsAt) {
		String hook = alertmanagerHook();
		Map<String, String> labels = new java.util.HashMap<>(
				Map.of("alertname", alertname, "instance", instance, "job", "api"));
		if (severity != null) {
			labels.put("severity", severity);
		}
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", UUID.randomUUID().toString(), "labels",
				labels, "annotations",
				Map.of("summary", alertname + " on " + instance, "runbook_url",
						"https://runbooks.example.com/" + alertname, "dashboard", "javascript:alert(1)"),
				"startsAt", startsAt.toString(), "endsAt", "0001-01-01T00:00:00Z");
		Api.Response response = Api.anonymous(this.port)
			.postJson(hook, Map.of("version", "4", "status", "firing", "receiver", "sharpend", "groupLabels",
					Map.of("alertname", alertname), "alerts", List.of(alert)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return groupId(alertname);
	}

	long groupId(String alertname) {
		return this.admin.get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no group for " + alertname))
			.get("id")
			.asLong();
	}

	JsonNode statusPage(String name) {
		String slug = "i-" + UUID.randomUUID().toString().substring(0, 8);
		return expect(201, this.admin.postJson("/api/v1/status-pages", Map.of("name", name, "slug", slug)));
	}

	JsonNode component(JsonNode page, String name) {
		return expect(201, this.admin.postJson("/api/v1/status-pages/" + page.get("id").asString() + "/components",
				Map.of("name", name)));
	}

	List<String> timeline(long number, String query) {
		return this.admin.get("/api/v1/incidents/" + number + "/timeline" + query)
			.json()
			.get("items")
			.valueStream()
			.map((e) -> e.get("kind").asString() + ": " + e.get("body").asString())
			.toList();
	}

	static JsonNode expect(int status, Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		return response.json();
	}

}
