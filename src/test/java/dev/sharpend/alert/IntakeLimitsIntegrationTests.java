package dev.sharpend.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Input larger than the database can hold is refused with a 400 naming the alert and the
 * field, stores nothing, and never fails the other deliveries it arrived with.
 */
@SharpendIntegrationTest
class IntakeLimitsIntegrationTests {

	private static final String LONG = "x".repeat(20_000);

	@LocalServerPort
	int port;

	@Test
	void aTooLongLabelFailsOnlyItsOwnDeliveryWhenBothArriveTogether() throws Exception {
		JsonNode integration = integration("alertmanager", Map.of());
		String hook = "/hooks/alertmanager/" + integration.get("key").asString();
		String good = "good-" + UUID.randomUUID();
		String bad = "bad-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			int round = i;
			List<Api.Response> answers = together(
					() -> post(hook, alertmanager(alert(good + round, Map.of("instance", "host")))),
					() -> post(hook, alertmanager(alert(bad + round, Map.of("instance", LONG)))));
			assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
			assertThat(answers.get(1).status()).as(answers.get(1).toString()).isEqualTo(400);
		}
		List<JsonNode> stored = storedAlerts(integration);
		assertThat(stored).extracting((a) -> a.get("fingerprint").asString())
			.containsExactlyInAnyOrder(good + 0, good + 1, good + 2);
	}

	@Test
	void aValueOnlyTheDatabaseRefusesGets400AndFailsOnlyItsOwnDelivery() throws Exception {
		assumeThat(TestDatabase.postgres()).as("PostgreSQL text cannot hold a NUL character; H2 stores it").isTrue();
		JsonNode integration = integration("alertmanager", Map.of());
		String hook = "/hooks/alertmanager/" + integration.get("key").asString();
		String good = "good-" + UUID.randomUUID();
		Map<String, Object> nul = new java.util.HashMap<>(alert("nul-" + UUID.randomUUID(), Map.of()));
		nul.put("annotations", Map.of("summary", "before\u0000after"));

		List<Api.Response> answers = together(() -> post(hook, alertmanager(alert(good, Map.of()))),
				() -> post(hook, alertmanager(nul)));

		assertThat(answers.get(0).status()).as(answers.get(0).toString()).isEqualTo(200);
		assertThat(answers.get(1).status()).as(answers.get(1).toString()).isEqualTo(400);
		assertThat(answers.get(1).json().get("detail").asString()).contains("SQLState 22")
			.doesNotContain("insert into");
		assertThat(storedAlerts(integration)).extracting((a) -> a.get("fingerprint").asString()).containsExactly(good);
	}

	@Test
	void alertmanagerRefusesATooLongLabelAnnotationOrFingerprintNamingTheAlertAndField() {
		JsonNode integration = integration("alertmanager", Map.of());
		String hook = "/hooks/alertmanager/" + integration.get("key").asString();
		String run = UUID.randomUUID().toString();

		Api.Response label = post(hook, Map.of("version", "4", "status", "firing", "alerts",
				List.of(alert(run + "-a", Map.of("instance", "a")), alert(run + "-b", Map.of("instance", LONG)))));
		assertRefused(label, "alerts[1].labels.instance", "8000");

		Map<String, Object> described = new java.util.HashMap<>(alert(run + "-c", Map.of("instance", "c")));
		described.put("annotations", Map.of("summary", "fine", "description", "d".repeat(17_000)));
		assertRefused(post(hook, alertmanager(described)), "alerts[0].annotations.description", "16000");

		assertRefused(post(hook, alertmanager(alert("f".repeat(256), Map.of("instance", "f")))),
				"alerts[0].fingerprint", "255");
		assertThat(storedAlerts(integration)).as("nothing of a refused delivery is stored").isEmpty();
	}

	@Test
	void aControlCharacterInAFingerprintIsRefusedOnEveryIntake() {
		String run = UUID.randomUUID().toString();
		JsonNode alertmanager = integration("alertmanager", Map.of());
		Api.Response answer = post("/hooks/alertmanager/" + alertmanager.get("key").asString(),
				alertmanager(alert(run + "\u0000am", Map.of())));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.json().get("detail").asString()).startsWith("alerts[0].fingerprint cannot be stored")
			.contains("U+0000");
		JsonNode grafana = integration("grafana", Map.of());
		assertThat(post("/hooks/grafana/" + grafana.get("key").asString(), Map.of("receiver", "sharpend", "status",
				"firing", "orgId", 1, "version", "1", "alerts", List.of(alert(run + "\u0001gr", Map.of()))))
			.status()).isEqualTo(400);
		JsonNode generic = integration("generic", Map.of("mapping", Map.of("title", "/name", "fingerprint", "/id")));
		assertThat(post("/hooks/generic/" + generic.get("key").asString(), Map.of("name", "x", "id", run + "\u0000"))
			.status()).isEqualTo(400);
		assertThat(storedAlerts(alertmanager)).isEmpty();
		assertThat(storedAlerts(grafana)).isEmpty();
		assertThat(storedAlerts(generic)).isEmpty();
	}

	@Test
	void labelsThatMakeTooLongAnAlertRuleGroupKeyOrSeverityAreRefused() {
		JsonNode integration = integration("alertmanager", Map.of("groupBy", List.of("alertname", "service")));
		String hook = "/hooks/alertmanager/" + integration.get("key").asString();
		String run = UUID.randomUUID().toString();

		assertRefused(post(hook, alertmanager(alert(run + "-r", Map.of("alertname", "r".repeat(600))))),
				"alerts[0].labels.alertname", "alert rule");
		assertRefused(post(hook, alertmanager(alert(run + "-g", Map.of("service", "g".repeat(1200))))),
				"alerts[0].labels.service", "group key");
		assertRefused(post(hook, alertmanager(alert(run + "-s", Map.of("severity", "s".repeat(41))))),
				"alerts[0].labels.severity", "40");
		assertThat(storedAlerts(integration)).isEmpty();

		Api.Response fits = post(hook, alertmanager(alert(run + "-ok",
				Map.of("alertname", "r".repeat(480), "service", "g".repeat(400), "severity", "s".repeat(40)))));
		assertThat(fits.status()).as("values at the limits are stored whole: " + fits).isEqualTo(200);
		assertThat(storedAlerts(integration)).singleElement()
			.satisfies((a) -> assertThat(a.get("severity").asString()).hasSize(40));
	}

	@Test
	void grafanaRefusesATooLongLabel() {
		JsonNode integration = integration("grafana", Map.of());
		Map<String, Object> body = Map.of("receiver", "sharpend", "status", "firing", "orgId", 1, "version", "1",
				"alerts", List.of(alert(UUID.randomUUID().toString(), Map.of("instance", LONG))));
		Api.Response answer = post("/hooks/grafana/" + integration.get("key").asString(), body);
		assertRefused(answer, "alerts[0].labels.instance", "8000");
		assertThat(storedAlerts(integration)).isEmpty();
	}

	@Test
	void genericRefusesATooLongFingerprintOrLabelRatherThanCuttingIt() {
		JsonNode integration = integration("generic",
				Map.of("mapping", Map.of("title", "/name", "fingerprint", "/id", "labels", "/tags")));
		String hook = "/hooks/generic/" + integration.get("key").asString();

		assertRefused(post(hook, Map.of("name", "Long id", "id", "i".repeat(300))), "alerts[0].fingerprint", "255");
		assertRefused(
				post(hook,
						List.of(Map.of("name", "fine", "id", UUID.randomUUID().toString()), Map.of("name", "Long tag",
								"id", UUID.randomUUID().toString(), "tags", Map.of("host", LONG)))),
				"alerts[1].labels.host", "8000");
		assertThat(storedAlerts(integration)).isEmpty();
	}

	@Test
	void pagerDutyRefusesTooLongValuesInItsOwnShapeNamingItsFields() {
		JsonNode integration = integration("pagerduty", Map.of());
		String key = integration.get("key").asString();

		assertPagerDutyRefused(trigger(key, "k".repeat(300), Map.of()), "'dedup_key' is too long");
		assertPagerDutyRefused(trigger(key, UUID.randomUUID().toString(), Map.of("source", LONG)),
				"'payload.source' is too long");
		assertPagerDutyRefused(
				trigger(key, UUID.randomUUID().toString(), Map.of("custom_details", Map.of("log", "l".repeat(17_000)))),
				"'payload.custom_details' is too long");
		assertThat(storedAlerts(integration)).isEmpty();

		// PagerDuty's own limit for a dedup key is 255 characters: such a key is kept
		// whole.
		String longest = "k".repeat(255);
		Api.Response accepted = post("/hooks/pagerduty/v2/enqueue", trigger(key, longest, Map.of()));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
		assertThat(accepted.json().get("dedup_key").asString()).isEqualTo(longest);
		assertThat(storedAlerts(integration)).extracting((a) -> a.get("fingerprint").asString())
			.containsExactly(longest);
	}

	private void assertRefused(Api.Response answer, String field, String limit) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(answer.json().get("detail").asString()).startsWith(field + " is too long").contains(limit);
	}

	private void assertPagerDutyRefused(Map<String, Object> event, String error) {
		Api.Response answer = post("/hooks/pagerduty/v2/enqueue", event);
		assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
		assertThat(answer.json().get("status").asString()).isEqualTo("invalid event");
		assertThat(answer.json().get("message").asString()).isEqualTo("Event object is invalid");
		assertThat(answer.json().get("errors").get(0).asString()).contains(error);
	}

	private static Map<String, Object> trigger(String key, String dedupKey, Map<String, Object> extra) {
		Map<String, Object> payload = new java.util.HashMap<>(
				Map.of("summary", "Limits", "source", "db-1", "severity", "critical"));
		payload.putAll(extra);
		return Map.of("routing_key", key, "dedup_key", dedupKey, "event_action", "trigger", "payload", payload);
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	private JsonNode integration(String type, Map<String, Object> settings) {
		Map<String, Object> request = new java.util.HashMap<>(settings);
		request.put("name", "limits " + type);
		request.put("type", type);
		Api.Response created = admin().postJson("/api/v1/integrations", request);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json();
	}

	/** What GET /api/v1/alerts shows of an integration's alerts (newest first). */
	private List<JsonNode> storedAlerts(JsonNode integration) {
		List<JsonNode> found = new ArrayList<>();
		admin().get("/api/v1/alerts?size=500").json().get("items").forEach((a) -> {
			if (a.get("integrationId").asString().equals(integration.get("id").asString())) {
				found.add(a);
			}
		});
		return found;
	}

	private Api.Response post(String path, Object body) {
		return Api.anonymous(this.port).postJson(path, body);
	}

	private static Map<String, Object> alertmanager(Map<String, Object> alert) {
		return Map.of("version", "4", "status", "firing", "alerts", List.of(alert));
	}

	private static Map<String, Object> alert(String fingerprint, Map<String, String> labels) {
		Map<String, String> all = new java.util.HashMap<>(labels);
		all.putIfAbsent("alertname", "Limits");
		return Map.of("status", "firing", "fingerprint", fingerprint, "labels", all, "annotations",
				Map.of("summary", "limits"), "startsAt", "2026-11-24T10:00:00Z");
	}

	/** Sends the requests at the same moment, so they arrive at the writer together. */
	@SafeVarargs
	private static List<Api.Response> together(Callable<Api.Response>... sends) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(sends.length);
		CyclicBarrier start = new CyclicBarrier(sends.length);
		try {
			List<Future<Api.Response>> futures = new ArrayList<>();
			for (Callable<Api.Response> send : sends) {
				futures.add(pool.submit(() -> {
					start.await();
					return send.call();
				}));
			}
			List<Api.Response> answers = new ArrayList<>();
			for (Future<Api.Response> future : futures) {
				answers.add(future.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
