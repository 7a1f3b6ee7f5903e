package dev.sharpend.alert;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SharpendIntegrationTest
class AlertmanagerIntakeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String key;

	private String path;

	@BeforeEach
	void createIntegration() {
		JsonNode created = admin()
			.postJson("/api/v1/integrations", Map.of("name", "prod alertmanager", "type", "alertmanager"))
			.json();
		this.key = created.get("key").asString();
		this.path = "/hooks/alertmanager/" + this.key;
		assertThat(created.get("url").asString()).endsWith(this.path);
	}

	@Test
	void storesAFiringBatchThenDeduplicatesResolvesAndCountsARefire() {
		String fp = "fp-" + System.nanoTime();
		Api.Response first = post(
				batch("firing", alert("firing", fp, "HighLatency", "api"), alert("firing", null, "DiskFull", "node")));
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		assertThat(first.json().get("created").asInt()).isEqualTo(2);
		JsonNode stored = alertByFingerprint(fp);
		assertThat(stored.get("status").asString()).isEqualTo("firing");
		assertThat(stored.get("ruleKey").asString()).isEqualTo("alertname=HighLatency,job=api");
		assertThat(stored.get("title").asString()).isEqualTo("HighLatency on api");

		Api.Response again = post(batch("firing", alert("firing", fp, "HighLatency", "api")));
		assertThat(again.json().get("created").asInt()).isZero();
		assertThat(again.json().get("changed").asInt()).isZero();
		assertThat(countWithFingerprint(fp)).isEqualTo(1);
		assertThat(alertByFingerprint(fp).get("occurrences").asLong()).isEqualTo(1);

		post(batch("resolved", alert("resolved", fp, "HighLatency", "api")));
		JsonNode resolved = alertByFingerprint(fp);
		assertThat(resolved.get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.get("endsAt").asString()).isEqualTo("2026-11-24T10:05:00Z");

		post(batch("firing", alert("firing", fp, "HighLatency", "api")));
		JsonNode refired = alertByFingerprint(fp);
		assertThat(refired.get("status").asString()).isEqualTo("firing");
		assertThat(refired.get("occurrences").asLong()).isEqualTo(2);
	}

	@Test
	void acceptsTheKeyAsABearerTokenAndOlderPayloadsWithoutStatusOrFingerprint() {
		Map<String, Object> old = Map.of("labels",
				Map.of("alertname", "OldStyle", "instance", "db-" + System.nanoTime()), "annotations", Map.of(),
				"startsAt", "2026-11-24T10:00:00.123456789-05:00", "endsAt", "0001-01-01T00:00:00Z");
		Api.Response response = Api.withToken(this.port, this.key)
			.postJson("/hooks/alertmanager", Map.of("version", "4", "status", "firing", "alerts", List.of(old)));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("created").asInt()).isEqualTo(1);
		Api.Response twice = Api.withToken(this.port, this.key)
			.postJson("/hooks/alertmanager", Map.of("version", "4", "status", "firing", "alerts", List.of(old)));
		assertThat(twice.json().get("created").asInt()).as("the derived fingerprint is stable").isZero();
	}

	@Test
	void acceptsUtf16AndUtf32Bodies() {
		for (java.nio.charset.Charset charset : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
				java.nio.charset.Charset.forName("UTF-32LE"))) {
			String fp = "utf-" + charset.name() + "-" + System.nanoTime();
			String json = tools.jackson.databind.json.JsonMapper.builder()
				.build()
				.writeValueAsString(batch("firing", alert("firing", fp, "Ünïcode", "api")));
			Api.Response response = Api.anonymous(this.port)
				.postBytes(this.path, "application/json", json.getBytes(charset));
			assertThat(response.status()).as(charset + " " + response).isEqualTo(200);
			assertThat(alertByFingerprint(fp).get("title").asString()).isEqualTo("Ünïcode on api");
		}
	}

	@Test
	void badDeliveriesGetAClearFourHundredAndStoreNothing() {
		long before = alertCount();
		assertThat(Api.anonymous(this.port).postJson("/hooks/alertmanager/shk_wrong", batch("firing")).status())
			.isEqualTo(401);
		Api.Response text = Api.anonymous(this.port).send("POST", this.path);
		assertThat(text.status()).isEqualTo(415);
		expectBadRequest("{\"alerts\": [", "not valid JSON");
		expectBadRequest(Map.of("version", "3", "alerts", List.of()), "version");
		expectBadRequest(Map.of("version", "4", "status", "firing"), "alerts");
		expectBadRequest(batch("firing", Map.of("status", "firing", "startsAt", "2026-11-24T10:00:00Z")),
				"alerts[0].labels");
		expectBadRequest(batch("firing",
				Map.of("status", "burning", "labels", Map.of("alertname", "x"), "startsAt", "2026-11-24T10:00:00Z")),
				"alerts[0].status");
		expectBadRequest(
				batch("firing",
						Map.of("status", "firing", "labels", Map.of("alertname", "x"), "startsAt", "yesterday")),
				"alerts[0].startsAt");
		expectBadRequest(batch("firing",
				Map.of("status", "firing", "labels", Map.of("alertname", 7), "startsAt", "2026-11-24T10:00:00Z")),
				"alerts[0].labels");
		String huge = "x".repeat(1024 * 1024 + 10);
		Api.Response tooLarge = Api.anonymous(this.port).postJson(this.path, Map.of("version", "4", "padding", huge));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(alertCount()).isEqualTo(before);
	}

	@Test
	void aDisabledIntegrationIsRefused() {
		JsonNode created = admin().postJson("/api/v1/integrations", Map.of("name", "old", "type", "alertmanager"))
			.json();
		assertThat(admin().delete("/api/v1/integrations/" + created.get("id").asString()).status()).isEqualTo(204);
		assertThat(Api.anonymous(this.port)
			.postJson("/hooks/alertmanager/" + created.get("key").asString(), batch("firing"))
			.status()).isEqualTo(401);
	}

	@Test
	void theKeyIsStoredOnlyAsAHash() {
		long rows = this.jdbc.sql("select count(*) from alert_integration where key_hash = :k or key_hint = :k")
			.param("k", this.key)
			.query(Long.class)
			.single();
		assertThat(rows).isZero();
		assertThat(admin().get("/api/v1/integrations").body()).doesNotContain(this.key);
	}

	private void expectBadRequest(Object body, String mentioned) {
		Api.Response response = Api.anonymous(this.port).postJson(this.path, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.body()).contains(mentioned);
	}

	private Api.Response post(Object body) {
		return Api.anonymous(this.port).postJson(this.path, body);
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private static Map<String, Object> batch(String status, Map<?, ?>... alerts) {
		return Map.of("version", "4", "groupKey", "{}:{}", "status", status, "receiver", "sharpend", "groupLabels",
				Map.of(), "commonLabels", Map.of(), "commonAnnotations", Map.of(), "externalURL",
				"http://alertmanager.local:9093", "alerts", List.of(alerts));
	}

	private static Map<String, Object> alert(String status, String fingerprint, String name, String job) {
		Map<String, Object> alert = new java.util.HashMap<>(
				Map.of("status", status, "labels", Map.of("alertname", name, "job", job, "severity", "page"),
						"annotations", Map.of("summary", name + " on " + job), "startsAt", "2026-11-24T10:00:00Z",
						"endsAt", "resolved".equals(status) ? "2026-11-24T10:05:00Z" : "0001-01-01T00:00:00Z",
						"generatorURL", "http://prometheus.local:9090/graph"));
		if (fingerprint != null) {
			alert.put("fingerprint", fingerprint);
		}
		return alert;
	}

	private JsonNode alertByFingerprint(String fingerprint) {
		return admin().get("/api/v1/alerts?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((a) -> a.get("fingerprint").asString().equals(fingerprint))
			.findFirst()
			.orElseThrow();
	}

	private long countWithFingerprint(String fingerprint) {
		return this.jdbc.sql("select count(*) from alert where fingerprint = :f")
			.param("f", fingerprint)
			.query(Long.class)
			.single();
	}

	private long alertCount() {
		return this.jdbc.sql("select count(*) from alert").query(Long.class).single();
	}

}
