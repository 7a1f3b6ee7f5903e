package dev.sharpend.alert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Grafana alerting's webhook: Alertmanager's shape with version "1" and more fields. */
@SharpendIntegrationTest
class GrafanaIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void storesAMixedGroupWithEachAlertsOwnStatus() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		JsonNode created = admin.postJson("/api/v1/integrations", Map.of("name", "grafana", "type", "grafana")).json();
		String host = "host-" + System.nanoTime();
		Map<String, Object> body = Map.of("receiver", "sharpend", "status", "firing", "orgId", 1, "version", "1",
				"state", "alerting", "title", "[FIRING:1, RESOLVED:1] QueueDepth", "groupKey", "{}/{}:{}", "alerts",
				List.of(grafanaAlert("firing", host + "-a", "0001-01-01T00:00:00Z"),
						grafanaAlert("resolved", host + "-b", "2026-11-24T10:09:00Z")));
		Api.Response response = Api.anonymous(this.port)
			.postJson("/hooks/grafana/" + created.get("key").asString(), body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(2);

		List<JsonNode> stored = admin.get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("labels").path("instance").asString("").startsWith(host))
			.toList();
		assertThat(stored).extracting((a) -> a.get("status").asString())
			.containsExactlyInAnyOrder("firing", "resolved");
		assertThat(stored.get(0).get("ruleKey").asString()).isEqualTo("alertname=QueueDepth,job=rabbitmq");
		assertThat(stored.get(0).get("title").asString()).startsWith("Queue depth high on " + host);
	}

	@Test
	void acceptsUtf16AndUtf32Bodies() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		String key = admin.postJson("/api/v1/integrations", Map.of("name", "grafana-utf", "type", "grafana"))
			.json()
			.get("key")
			.asString();
		String host = "utf-" + System.nanoTime();
		for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
				java.nio.charset.Charset.forName("UTF-32BE"))) {
			String json = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.writeValueAsString(Map.of("version", "1", "status", "firing", "alerts",
						List.of(grafanaAlert("firing", host + "-" + charset.name(), "0001-01-01T00:00:00Z"))));
			Api.Response response = Api.anonymous(this.port)
				.postBytes("/hooks/grafana/" + key, "application/json", json.getBytes(charset));
			assertThat(response.status()).as(charset + " " + response).isEqualTo(200);
			assertThat(response.json().get("created").asInt()).isEqualTo(1);
		}
	}

	@Test
	void refusesAlertmanagersVersionAndItsKey() {
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		JsonNode grafana = admin.postJson("/api/v1/integrations", Map.of("name", "g2", "type", "grafana")).json();
		JsonNode alertmanager = admin.postJson("/api/v1/integrations", Map.of("name", "am", "type", "alertmanager"))
			.json();
		Map<String, Object> body = Map.of("version", "4", "status", "firing", "alerts",
				List.of(grafanaAlert("firing", "x", "0001-01-01T00:00:00Z")));
		Api.Response wrongVersion = Api.anonymous(this.port)
			.postJson("/hooks/grafana/" + grafana.get("key").asString(), body);
		assertThat(wrongVersion.status()).isEqualTo(400);
		assertThat(wrongVersion.body()).contains("version");
		Api.Response wrongKey = Api.anonymous(this.port)
			.postJson("/hooks/grafana/" + alertmanager.get("key").asString(), body);
		assertThat(wrongKey.status()).as("an Alertmanager key does not open the Grafana intake").isEqualTo(401);
	}

	private static Map<String, Object> grafanaAlert(String status, String instance, String endsAt) {
		return Map.of("status", status, "labels",
				Map.of("alertname", "QueueDepth", "job", "rabbitmq", "instance", instance), "annotations",
				Map.of("summary", "Queue depth high on " + instance), "startsAt", "2026-11-24T10:00:00.782137894Z",
				"endsAt", endsAt, "generatorURL", "https://grafana.local/alerting/grafana/abc/view", "fingerprint",
				"g-" + instance, "silenceURL", "https://grafana.local/alerting/silence/new", "values", Map.of("B", 17));
	}

}
