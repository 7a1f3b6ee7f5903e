package dev.sharpend.alert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.Scrape;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An integration sending more than its rate is answered 429 with Retry-After before
 * anything of the delivery is stored, while other integrations go on as before; the
 * refusals are counted and shown.
 */
@SharpendIntegrationTest
class IntakeRateIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aNoisyIntegrationIsRefusedAfterItsBurstAndNothingRefusedIsStoredWhileAnotherGoesOn() {
		JsonNode noisy = integration("alertmanager", 60);
		JsonNode quiet = integration("alertmanager", null);
		assertThat(noisy.get("ratePerMinute").asInt()).isEqualTo(60);
		assertThat(quiet.get("ratePerMinute").asInt()).as("the default").isEqualTo(600);
		String hook = "/hooks/alertmanager/" + noisy.get("key").asString();
		String run = UUID.randomUUID().toString();

		Set<String> accepted = new HashSet<>();
		List<Api.Response> refused = new ArrayList<>();
		// a minute's worth is admitted at once; the bucket refills one a second while we
		// send
		for (int i = 0; i < 200 && refused.size() < 3; i++) {
			Api.Response answer = post(hook, alertmanager(run + "-" + i));
			if (answer.status() == 200) {
				accepted.add(run + "-" + i);
			}
			else {
				assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
				refused.add(answer);
			}
		}
		assertThat(accepted).hasSizeGreaterThanOrEqualTo(60).hasSizeLessThan(100);
		assertThat(refused).hasSize(3);
		Api.Response first = refused.get(0);
		assertThat(first.header("Retry-After")).isEqualTo("1");
		assertThat(first.header("Content-Type")).startsWith("application/problem+json");
		assertThat(first.json().get("detail").asString()).contains("60 deliveries a minute",
				"Nothing of this delivery was stored", "Retry-After");

		Api.Response other = post("/hooks/alertmanager/" + quiet.get("key").asString(), alertmanager(run + "-quiet"));
		assertThat(other.status()).as("another integration is unaffected: " + other).isEqualTo(200);

		assertThat(storedFingerprints(noisy)).as("exactly the admitted deliveries are stored")
			.containsExactlyInAnyOrderElementsOf(accepted);
		assertThat(storedFingerprints(quiet)).containsExactly(run + "-quiet");

		String page = Api.signedIn(this.port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD)
			.getHtml("/alerts/integrations")
			.body();
		String row = page.substring(page.indexOf("id=\"integration-" + noisy.get("id").asString()));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("60 a minute")
			.contains("refused 3 deliveries over its rate since this node started");
		assertThat(Scrape.of(this.port)
			.sum("sharpend_intake_refused_total", Map.of("integration", noisy.get("id").asString(), "reason", "rate")))
			.isEqualTo(3.0);
		assertThat(admin().get("/api/v1/integrations")
			.json()
			.get("items")
			.valueStream()
			.filter((i) -> i.get("id").asString().equals(noisy.get("id").asString()))
			.findFirst()
			.orElseThrow()
			.get("refusedOverRate")
			.asLong()).isEqualTo(3);
	}

	@Test
	void everyIntakePathChecksTheRate() {
		String run = UUID.randomUUID().toString();
		JsonNode grafana = integration("grafana", 1);
		String grafanaHook = "/hooks/grafana/" + grafana.get("key").asString();
		Map<String, Object> grafanaBody = Map.of("receiver", "sharpend", "status", "firing", "orgId", 1, "version", "1",
				"alerts", List.of(alert(run + "-gr")));
		assertThat(post(grafanaHook, grafanaBody).status()).isEqualTo(200);
		assertTooMany(post(grafanaHook, grafanaBody));

		JsonNode generic = integration("generic", 1);
		String genericHook = "/hooks/generic/" + generic.get("key").asString();
		assertThat(post(genericHook, Map.of("title", "first " + run)).status()).isEqualTo(200);
		assertTooMany(post(genericHook, Map.of("title", "second " + run)));
		assertThat(storedFingerprints(generic)).hasSize(1);

		JsonNode pagerduty = integration("pagerduty", 1);
		String key = pagerduty.get("key").asString();
		Map<String, Object> event = Map.of("routing_key", key, "event_action", "trigger", "dedup_key", run, "payload",
				Map.of("summary", "Queue backed up", "source", "queue-1", "severity", "error"));
		assertThat(post("/hooks/pagerduty/v2/enqueue", event).status()).isEqualTo(202);
		Api.Response throttled = post("/hooks/pagerduty/v2/enqueue", event);
		assertThat(throttled.status()).as(throttled.toString()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isEqualTo("60");
		assertThat(throttled.json().get("status").asString()).isEqualTo("throttle event");
		assertThat(throttled.json().get("errors").get(0).asString()).contains("1 deliveries a minute");
		Api.Response change = post("/hooks/pagerduty/v2/change/enqueue",
				Map.of("routing_key", key, "payload", Map.of("summary", "Deploy v2", "source", "ci")));
		assertThat(change.status()).as("change events share the integration's rate: " + change).isEqualTo(429);

		JsonNode alertmanager = integration("alertmanager", null);
		Api.Response patched = admin().sendJson("PATCH", "/api/v1/integrations/" + alertmanager.get("id").asString(),
				Map.of("ratePerMinute", 1));
		assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
		assertThat(patched.json().get("ratePerMinute").asInt()).isEqualTo(1);
		assertThat(patched.json().get("defaultRate").asBoolean()).isFalse();
		String hook = "/hooks/alertmanager/" + alertmanager.get("key").asString();
		assertThat(post(hook, alertmanager(run + "-am1")).status()).isEqualTo(200);
		assertTooMany(post(hook, alertmanager(run + "-am2")));
		assertThat(admin()
			.sendJson("PATCH", "/api/v1/integrations/" + alertmanager.get("id").asString(), Map.of("ratePerMinute", 0))
			.status()).isEqualTo(400);
	}

	private static void assertTooMany(Api.Response answer) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(429);
		assertThat(Long.parseLong(answer.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(answer.json().get("detail").asString()).contains("Nothing of this delivery was stored");
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private JsonNode integration(String type, Integer rate) {
		Map<String, Object> request = new java.util.HashMap<>();
		request.put("name", "rate " + type);
		request.put("type", type);
		if (rate != null) {
			request.put("ratePerMinute", rate);
		}
		Api.Response created = admin().postJson("/api/v1/integrations", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	private Set<String> storedFingerprints(JsonNode integration) {
		Set<String> found = new HashSet<>();
		admin().get("/api/v1/alerts?size=500").json().get("items").forEach((a) -> {
			if (a.get("integrationId").asString().equals(integration.get("id").asString())) {
				found.add(a.get("fingerprint").asString());
			}
		});
		return found;
	}

	private Api.Response post(String path, Object body) {
		return Api.anonymous(this.port).postJson(path, body);
	}

	private static Map<String, Object> alertmanager(String fingerprint) {
		return Map.of("version", "4", "status", "firing", "alerts", List.of(alert(fingerprint)));
	}

	private static Map<String, Object> alert(String fingerprint) {
		return Map.of("status", "firing", "fingerprint", fingerprint, "labels", Map.of("alertname", "Rate"),
				"annotations", Map.of("summary", "rate"), "startsAt", "2026-12-03T10:00:00Z");
	}

}
