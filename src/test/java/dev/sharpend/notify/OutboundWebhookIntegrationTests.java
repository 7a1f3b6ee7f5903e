package dev.sharpend.notify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.HookReceiver;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Outbound webhooks on alert group events, with a real receiver on loopback. */
@LoopbackIntegrationTest
class OutboundWebhookIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	HookReceiver receiver;

	String path;

	@BeforeEach
	void startReceiver() {
		this.receiver = HookReceiver.start();
		this.path = "/hook-" + UUID.randomUUID();
	}

	@AfterEach
	void stopReceiverAndRemoveItsWebhooks() {
		admin().get("/api/v1/webhooks")
			.json()
			.get("items")
			.valueStream()
			.forEach((w) -> admin().delete("/api/v1/webhooks/" + w.get("id").asString()));
		this.receiver.close();
	}

	@Test
	void alertGroupTriggeredAcknowledgedAndResolvedArriveSignedWithTheWebhooksSecret() {
		JsonNode webhook = create(Map.of("name", "all events", "url", this.receiver.url(this.path)));
		String secret = webhook.get("secret").asString();
		assertThat(secret).startsWith("whsec_");
		assertThat(admin().get("/api/v1/webhooks").body()).contains(webhook.get("id").asString())
			.doesNotContain(secret);

		String alertname = "Outbound" + System.nanoTime();
		fire(alertname);
		Eventually.await("the triggered event", () -> this.receiver.receivedAt(this.path).size() == 1);
		HookReceiver.Received triggered = this.receiver.receivedAt(this.path).get(0);
		long timestamp = Long.parseLong(triggered.header("X-Sharpend-Timestamp"));
		assertThat(triggered.header("X-Sharpend-Signature"))
			.isEqualTo(Hmac.signature(secret, timestamp, triggered.body()));
		assertThat(triggered.header("X-Sharpend-Event")).isEqualTo("alert_group.triggered");
		JsonNode body = JSON.readTree(triggered.body());
		assertThat(body.get("event").asString()).isEqualTo("alert_group.triggered");
		assertThat(body.get("alert_group").get("status").asString()).isEqualTo("triggered");
		assertThat(body.get("alert_group").get("group_key").asString()).isEqualTo("alertname=" + alertname);
		long group = body.get("alert_group").get("id").asLong();

		admin().postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of());
		admin().postJson("/api/v1/alert-groups/" + group + "/resolve", Map.of());

		Eventually.await("three events", () -> this.receiver.receivedAt(this.path).size() == 3);
		List<String> events = this.receiver.receivedAt(this.path)
			.stream()
			.map((r) -> r.header("X-Sharpend-Event"))
			.toList();
		assertThat(events).containsExactlyInAnyOrder("alert_group.triggered", "alert_group.acknowledged",
				"alert_group.resolved");
		JsonNode acknowledged = JSON.readTree(this.receiver.receivedAt(this.path)
			.stream()
			.filter((r) -> r.header("X-Sharpend-Event").equals("alert_group.acknowledged"))
			.findFirst()
			.orElseThrow()
			.body());
		assertThat(acknowledged.get("alert_group").get("acknowledged_by").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
	}

	@Test
	void incidentDeclaredSeverityAndStatusChangesAndResolutionArriveWithWhatChanged() {
		create(Map.of("name", "incidents", "url", this.receiver.url(this.path), "events", List.of("incident.declared",
				"incident.severity_changed", "incident.status_changed", "incident.resolved")));
		String title = "Outbound incident " + UUID.randomUUID();
		long number = admin().postJson("/api/v1/incidents", Map.of("title", title, "severity", "SEV3"))
			.json()
			.get("number")
			.asLong();
		String incident = "/api/v1/incidents/" + number;
		admin().sendJson("PATCH", incident, Map.of("severity", "SEV1"));
		admin().sendJson("PATCH", incident, Map.of("status", "mitigated"));
		admin().sendJson("PATCH", incident, Map.of("status", "resolved"));

		Eventually.await("four incident events", () -> this.receiver.receivedAt(this.path).size() == 4);
		Map<String, JsonNode> byEvent = new java.util.HashMap<>();
		this.receiver.receivedAt(this.path)
			.forEach((r) -> byEvent.put(r.header("X-Sharpend-Event"), JSON.readTree(r.body())));
		assertThat(byEvent).containsOnlyKeys("incident.declared", "incident.severity_changed",
				"incident.status_changed", "incident.resolved");
		JsonNode declared = byEvent.get("incident.declared").get("incident");
		assertThat(declared.get("reference").asString()).isEqualTo("INC-" + number);
		assertThat(declared.get("title").asString()).isEqualTo(title);
		assertThat(declared.get("declared_by").asString()).isEqualTo(TestKeys.ADMIN_EMAIL);
		JsonNode severity = byEvent.get("incident.severity_changed").get("change");
		assertThat(List.of(severity.get("from").asString(), severity.get("to").asString())).containsExactly("SEV3",
				"SEV1");
		assertThat(byEvent.get("incident.status_changed").get("change").get("to").asString()).isEqualTo("mitigated");
		JsonNode resolved = byEvent.get("incident.resolved");
		assertThat(resolved.get("change").get("from").asString()).isEqualTo("mitigated");
		assertThat(resolved.get("incident").get("status").asString()).isEqualTo("resolved");
		assertThat(resolved.get("incident").get("resolved_at").isNull()).isFalse();
	}

	@Test
	void anAlertGroupEventNamesTheIncidentThatHandlesTheGroup() {
		create(Map.of("name", "acks", "url", this.receiver.url(this.path), "events",
				List.of("alert_group.acknowledged", "alert_group.resolved")));
		String alertname = "Handled" + System.nanoTime();
		long group = fire(alertname);

		// declaring from the group acknowledges it
		Api.Response declared = admin().postJson("/api/v1/incidents",
				Map.of("title", "Handled " + alertname, "alertGroups", List.of(group)));
		assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
		long number = declared.json().get("number").asLong();
		admin().postJson("/api/v1/alert-groups/" + group + "/resolve", Map.of());

		Eventually.await("the acknowledgement and the resolution",
				() -> this.receiver.receivedAt(this.path).size() == 2);
		for (HookReceiver.Received received : this.receiver.receivedAt(this.path)) {
			JsonNode g = JSON.readTree(received.body()).get("alert_group");
			assertThat(g.get("id").asLong()).isEqualTo(group);
			assertThat(g.get("rule").asString()).isEqualTo(alertname);
			JsonNode incident = g.get("incident");
			assertThat(incident.get("id").asLong()).isEqualTo(number);
			assertThat(incident.get("reference").asString()).isEqualTo("INC-" + number);
			assertThat(incident.get("open").asBoolean()).isTrue();
			assertThat(incident.get("url").asString()).endsWith("/response/incidents/" + number);
		}
	}

	@Test
	void webhookHearsOnlyTheEventsItChose() {
		create(Map.of("name", "acks only", "url", this.receiver.url(this.path), "events",
				List.of("alert_group.acknowledged")));
		String alertname = "Filtered" + System.nanoTime();
		long group = fire(alertname);

		admin().postJson("/api/v1/alert-groups/" + group + "/acknowledge", Map.of());

		Eventually.await("the acknowledgement", () -> this.receiver.receivedAt(this.path).size() == 1);
		assertThat(this.receiver.receivedAt(this.path).get(0).header("X-Sharpend-Event"))
			.isEqualTo("alert_group.acknowledged");
		assertThat(queuedFor(this.receiver.url(this.path))).as("nothing else queued for it").isEqualTo(1);
	}

	@Test
	void failedDeliveryIsRetriedAfterTheBackoffAndThenDelivered() {
		JsonNode webhook = create(Map.of("name", "flaky", "url", this.receiver.url(this.path)));
		this.receiver.answerNext(500);

		fire("Flaky" + System.nanoTime());

		Eventually.await("the first attempt", () -> this.receiver.receivedAt(this.path).size() == 1);
		String deliveries = "/api/v1/webhooks/" + webhook.get("id").asString() + "/deliveries";
		Eventually.await("the failure is recorded",
				() -> "failed".equals(admin().get(deliveries).json().get("items").get(0).get("state").asString()));
		assertThat(admin().get(deliveries).json().get("items").get(0).get("lastError").asString())
			.isEqualTo("The receiver answered HTTP 500.");

		this.clock.advance(Duration.ofSeconds(40));

		Eventually.await("the retry is delivered",
				() -> "delivered".equals(admin().get(deliveries).json().get("items").get(0).get("state").asString()));
		List<HookReceiver.Received> attempts = this.receiver.receivedAt(this.path);
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(1).header("X-Sharpend-Delivery"))
			.isEqualTo(attempts.get(0).header("X-Sharpend-Delivery"));
		assertThat(attempts.get(1).text()).isEqualTo(attempts.get(0).text());
		assertThat(admin().get(deliveries).json().get("items").get(0).get("attempts").asInt()).isEqualTo(2);
	}

	@Test
	void removedWebhookIsToldNothingMoreAndItsCreationAndRemovalAreAudited() {
		JsonNode webhook = create(Map.of("name", "short-lived", "url", this.receiver.url(this.path)));
		String id = webhook.get("id").asString();

		assertThat(admin().delete("/api/v1/webhooks/" + id).status()).isEqualTo(204);
		fire("Removed" + System.nanoTime());

		assertThat(admin().get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
		assertThat(this.jdbc.sql("select count(*) from notify_delivery where subscriber_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select action from audit_event where target_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("webhook.created", "webhook.removed");
	}

	@Test
	void unknownEventNamesAreRefusedNamingTheField() {
		Api.Response refused = admin().postJson("/api/v1/webhooks",
				Map.of("name", "typo", "url", this.receiver.url(this.path), "events", List.of("incident.exploded")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("events").contains("incident.exploded");
	}

	private long queuedFor(String url) {
		return this.jdbc.sql("select count(*) from notify_delivery where target = :url")
			.param("url", this.receiver.url(this.path))
			.query(Long.class)
			.single();
	}

	private JsonNode create(Map<String, Object> request) {
		Api.Response created = admin().postJson("/api/v1/webhooks", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	/** Fires one alert into a fresh integration; returns its group's id. */
	private long fire(String alertname) {
		String key = admin().postJson("/api/v1/integrations", Map.of("name", "outbound", "type", "alertmanager"))
			.json()
			.get("key")
			.asString();
		Map<String, Object> alert = Map.of("status", "firing", "fingerprint", alertname, "labels",
				Map.of("alertname", alertname), "annotations", Map.of("summary", alertname), "startsAt",
				"2026-11-24T10:00:00Z", "endsAt", "0001-01-01T00:00:00Z");
		Api.Response fired = Api.anonymous(this.port)
			.postJson("/hooks/alertmanager/" + key,
					Map.of("version", "4", "status", "firing", "alerts", List.of(alert)));
		assertThat(fired.status()).as(fired.toString()).isEqualTo(200);
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
