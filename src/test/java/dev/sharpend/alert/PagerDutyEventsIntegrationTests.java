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

/** The PagerDuty Events API v2, answered as PagerDuty answers it. */
@SharpendIntegrationTest
class PagerDutyEventsIntegrationTests {

	private static final String URL = "/hooks/pagerduty/v2/enqueue";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String routingKey;

	@BeforeEach
	void createIntegration() {
		JsonNode created = Api.withToken(this.port, TestKeys.ADMIN_TOKEN)
			.postJson("/api/v1/integrations", Map.of("name", "pd-compatible", "type", "pagerduty"))
			.json();
		this.routingKey = created.get("key").asString();
		assertThat(this.routingKey).matches("[0-9a-f]{32}");
		assertThat(created.get("url").asString()).endsWith(URL);
	}

	@Test
	void triggerAcknowledgeAndResolveFollowTheDedupKey() {
		String dedup = "srv01/mysql-" + System.nanoTime();
		Api.Response triggered = send(trigger(dedup));
		assertThat(triggered.status()).isEqualTo(202);
		assertThat(triggered.json().get("status").asString()).isEqualTo("success");
		assertThat(triggered.json().get("message").asString()).isEqualTo("Event processed");
		assertThat(triggered.json().get("dedup_key").asString()).isEqualTo(dedup);
		assertThat(column("status", dedup)).isEqualTo("firing");
		assertThat(column("title", dedup)).isEqualTo("Disk at 99% on db-7");
		assertThat(column("starts_at", dedup)).contains("2026-11-24");

		assertThat(send(Map.of("routing_key", this.routingKey, "dedup_key", dedup, "event_action", "acknowledge"))
			.status()).isEqualTo(202);
		assertThat(column("acknowledged_at", dedup)).isNotNull();

		assertThat(send(Map.of("routing_key", this.routingKey, "dedup_key", dedup, "event_action", "resolve")).status())
			.isEqualTo(202);
		assertThat(column("status", dedup)).isEqualTo("resolved");

		Api.Response dropped = send(
				Map.of("routing_key", this.routingKey, "dedup_key", "never-triggered", "event_action", "resolve"));
		assertThat(dropped.status()).as("PagerDuty drops a resolve without an open alert").isEqualTo(202);
		assertThat(column("status", "never-triggered")).isNull();
	}

	@Test
	void aTriggerWithoutDedupKeyGetsOneBack() {
		Map<String, Object> event = new java.util.HashMap<>(trigger(null));
		event.remove("dedup_key");
		Api.Response response = send(event);
		assertThat(response.status()).isEqualTo(202);
		String generated = response.json().get("dedup_key").asString();
		assertThat(generated).isNotBlank();
		assertThat(column("status", generated)).isEqualTo("firing");
	}

	@Test
	void invalidEventsListEveryErrorAndStoreNothing() {
		long before = count();
		Api.Response invalid = send(Map.of("event_action", "explode", "payload", Map.of("summary", "x")));
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(invalid.json().get("status").asString()).isEqualTo("invalid event");
		assertThat(invalid.json().get("message").asString()).isEqualTo("Event object is invalid");
		assertThat(invalid.json().get("errors").toString()).contains("routing_key").contains("event_action");

		Api.Response badPayload = send(Map.of("routing_key", this.routingKey, "event_action", "trigger", "payload",
				Map.of("summary", "s".repeat(1025), "severity", "catastrophic")));
		assertThat(badPayload.json().get("errors").toString()).contains("summary' is too long")
			.contains("payload.source")
			.contains("payload.severity");

		Api.Response unknownKey = send(Map.of("routing_key", "0123456789abcdef0123456789abcdef", "event_action",
				"trigger", "payload", Map.of("summary", "x", "source", "y", "severity", "info")));
		assertThat(unknownKey.status()).isEqualTo(400);
		assertThat(unknownKey.json().get("errors").get(0).asString()).contains("routing_key");

		Api.Response malformed = Api.anonymous(this.port).postJson(URL, "{\"routing_key\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.json().get("status").asString()).isEqualTo("Unrecognized object");

		Api.Response huge = send(Map.of("routing_key", this.routingKey, "event_action", "trigger", "payload",
				Map.of("summary", "x", "source", "y", "severity", "info", "custom_details", "z".repeat(600 * 1024))));
		assertThat(huge.status()).isEqualTo(413);
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theRoutingKeyIsNotKeptInTheStoredRawPayload() {
		String dedup = "raw-" + System.nanoTime();
		assertThat(send(trigger(dedup)).status()).isEqualTo(202);
		String raw = column("raw_payload", dedup);
		assertThat(raw).contains("Disk at 99% on db-7").doesNotContain(this.routingKey).doesNotContain("routing_key");
	}

	@Test
	void theMigrationBlanksRoutingKeysInPayloadsStoredBefore() throws Exception {
		String dedup = "old-" + System.nanoTime();
		assertThat(send(trigger(dedup)).status()).isEqualTo(202);
		String stored = "{\"payload\":{\"custom_details\":{\"routing_key\":\"n\\\"ested\"}},\"routing_key\":\""
				+ this.routingKey + "\",\"event_action\":\"trigger\"}";
		this.jdbc.sql("update alert set raw_payload = :raw where fingerprint = :f")
			.param("raw", stored)
			.param("f", dedup)
			.update();
		String migration = new String(new org.springframework.core.io.ClassPathResource(
				"db/migration/common/V29__pagerduty_raw_payload_without_routing_key.sql")
			.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.sql(migration).update();
		String raw = column("raw_payload", dedup);
		assertThat(raw).doesNotContain(this.routingKey)
			.isEqualTo(
					"{\"payload\":{\"custom_details\":{\"routing_key\":\"\"}},\"routing_key\":\"\",\"event_action\":\"trigger\"}");
	}

	private Map<String, Object> trigger(String dedup) {
		Map<String, Object> event = new java.util.HashMap<>();
		event.put("routing_key", this.routingKey);
		event.put("event_action", "trigger");
		if (dedup != null) {
			event.put("dedup_key", dedup);
		}
		event.put("client", "monitoring");
		event.put("client_url", "https://monitoring.local/alert/1");
		event.put("payload",
				Map.of("summary", "Disk at 99% on db-7", "timestamp", "2026-11-24T08:42:58.315+0000", "severity",
						"critical", "source", "db-7.local", "component", "postgres", "group", "storage", "class",
						"disk", "custom_details", Map.of("free", "1%")));
		return event;
	}

	private Api.Response send(Map<String, ?> event) {
		return Api.anonymous(this.port).postJson(URL, event);
	}

	private String column(String column, String fingerprint) {
		return this.jdbc.sql("select " + column + " from alert where fingerprint = :f")
			.param("f", fingerprint)
			.query((rs, row) -> rs.getString(1))
			.optional()
			.orElse(null);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from alert").query(Long.class).single();
	}

}
