package dev.sharpend.alert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Alertmanagers;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.MovableClock;
import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring pipeline itself going quiet, with real peers: Prometheus evaluates an
 * always-firing {@code Watchdog} rule, Alertmanager sends it to a normal Alertmanager
 * integration again and again, and that keeps a heartbeat healthy while opening no group.
 * Alertmanager is then stopped, the node's clock moved past the heartbeat's interval, and
 * the heartbeat's own alert group opens. Runs on H2 and on PostgreSQL.
 */
class HeartbeatEndToEndIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	private static final MovableClock clock = MovableClock.ticking();

	private static SharpendNode node;

	@BeforeAll
	static void start() {
		node = Launcher.sharpend(TestDatabase.properties())
			.testAdmin()
			.clock(clock)
			.setting("sharpend.alert.heartbeat-check-interval", "PT1S")
			.start();
	}

	@AfterAll
	static void stop() {
		if (node != null) {
			node.close();
		}
	}

	@Test
	void aWatchdogThroughARealAlertmanagerKeepsTheHeartbeatHealthyUntilAlertmanagerStops() throws Exception {
		String run = Long.toString(System.nanoTime() % 100000);
		String name = "prod Alertmanager " + run;
		JsonNode integration = Api
			.created(admin().postJson("/api/v1/integrations", Map.of("name", "prod " + run, "type", "alertmanager")));
		JsonNode heartbeat = Api.created(admin().postJson("/api/v1/heartbeats", Map.of("name", name, "intervalMinutes",
				2, "graceMinutes", 1, "watchIntegrationId", integration.get("id").asString())));
		String id = heartbeat.get("id").asString();
		Path dir = Files.createTempDirectory("sharpend-heartbeat-");
		int amPort = Launcher.freePort();
		int promPort = Launcher.freePort();
		Files.writeString(dir.resolve("rules.yml"), """
				groups:
				  - name: meta
				    interval: 1s
				    rules:
				      - alert: Watchdog
				        expr: vector(1)
				        labels:
				          severity: none
				        annotations:
				          summary: The alerting pipeline works
				""");
		Files.writeString(dir.resolve("prometheus.yml"), """
				global:
				  evaluation_interval: 1s
				rule_files: [rules.yml]
				alerting:
				  alertmanagers:
				    - static_configs:
				        - targets: ['127.0.0.1:%d']
				""".formatted(amPort));
		// Prometheus evaluates before it knows its Alertmanager, and sends again only
		// after
		// its resend delay (a minute unless told).
		try (LocalProcess alertmanager = Alertmanagers.start(dir, amPort, integration.get("url").asString(),
				Duration.ofMillis(200), true, Duration.ofSeconds(1));
				LocalProcess prometheus = Launcher.program("prometheus", "prometheus")
					.arguments("--config.file=prometheus.yml", "--storage.tsdb.path=prom-data",
							"--web.listen-address=127.0.0.1:" + promPort, "--rules.alert.resend-delay=1s")
					.start(dir)) {
			Instant first = Instant.parse(awaitHeartbeat("a first Watchdog delivery", id,
					(h) -> h.hasNonNull("lastSignalAt"), alertmanager, prometheus)
				.get("lastSignalAt")
				.asString());
			// most of the way to the deadline: only another delivery keeps it healthy
			clock.advance(Duration.ofMinutes(2));
			Instant moved = clock.instant();
			awaitHeartbeat("a Watchdog delivery after the clock moved", id,
					(h) -> Instant.parse(h.get("lastSignalAt").asString()).isAfter(moved), alertmanager, prometheus);
			clock.advance(Duration.ofMinutes(2));
			awaitHeartbeat("another", id,
					(h) -> Instant.parse(h.get("lastSignalAt").asString()).isAfter(moved.plus(Duration.ofMinutes(2))),
					alertmanager, prometheus);
			assertThat(Duration.between(first, clock.instant())).isGreaterThan(Duration.ofMinutes(3));
			assertThat(heartbeatGroup(id)).isEmpty();
			assertThat(admin().get("/api/v1/alert-groups?size=500").body()).doesNotContain("alertname=Watchdog");
			assertThat(heartbeat(id).get("state").asString()).isEqualTo("healthy");

			alertmanager.close();
			clock.advance(Duration.ofMinutes(4));
			JsonNode group = Eventually.waiting("the heartbeat's alert group", PATIENCE)
				.pollInterval(Duration.ofMillis(250))
				.until(() -> heartbeatGroup(id), Optional::isPresent)
				.orElseThrow();
			assertThat(group.get("status").asString()).isEqualTo("triggered");
			assertThat(group.get("title").asString()).startsWith("Heartbeat '" + name + "' silent for 4 min");
			assertThat(heartbeat(id).get("state").asString()).isEqualTo("silent");
		}
	}

	private JsonNode awaitHeartbeat(String what, String id, Predicate<JsonNode> done, LocalProcess alertmanager,
			LocalProcess prometheus) {
		try {
			return Eventually.waiting(what, PATIENCE)
				.pollInterval(Duration.ofMillis(250))
				.failFast("Alertmanager or Prometheus exited", () -> !alertmanager.alive() || !prometheus.alive())
				.until(() -> heartbeat(id), done);
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nAlertmanager:\n" + alertmanager.output() + "\nPrometheus:\n"
					+ prometheus.output(), ex);
		}
	}

	private static Optional<JsonNode> heartbeatGroup(String id) {
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("integrationId").asString().equals(id))
			.findFirst();
	}

	private static JsonNode heartbeat(String id) {
		return admin().get("/api/v1/heartbeats/" + id).json();
	}

	private static Api admin() {
		return Api.withToken(node.port(), TestKeys.ADMIN_TOKEN);
	}

}
