package dev.sharpend.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.HookReceiver;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator installs, working: a real Prometheus scrapes this node with the scrape
 * token and evaluates the shipped rules file (its {@code for:} durations shortened) while
 * an alert storm fills the intake queue and an outbound webhook answers 500 until its
 * delivery dies; the intake-queue and dead-delivery alerts fire in Prometheus.
 */
@SharpendIntegrationTest
@TestPropertySource(properties = { "sharpend.alert.queue-capacity=4", "sharpend.alert.batch-size=200",
		"sharpend.notify.allow-private-targets=true", "sharpend.notify.max-attempts=2",
		"sharpend.notify.retry-base=100ms", "sharpend.notify.poll-interval=200ms" })
@OwnApplication
class MonitoringEndToEndTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final int SENDERS = 8;

	private static final int PER_DELIVERY = 200;

	@LocalServerPort
	int port;

	@Test
	void theQueueAndDeadDeliveryAlertsFireInPrometheusDuringAStormAndAWebhookOutage() throws Exception {
		String key = admin().postJson("/api/v1/integrations", Map.of("name", "storm source", "type", "alertmanager"))
			.json()
			.get("key")
			.asString();
		Path dir = Files.createTempDirectory("sharpend-monitoring-");
		int promPort = Launcher.freePort();
		writeConfiguration(dir);
		try (HookReceiver receiver = HookReceiver.start();
				LocalProcess prometheus = Launcher.program("prometheus", "prometheus")
					.arguments("--config.file=prometheus.yml", "--storage.tsdb.path=prom-data",
							"--web.listen-address=127.0.0.1:" + promPort)
					.start(dir)) {
			// a counter's first sample is its baseline: Prometheus must have seen it at 0
			await(prometheus, "Prometheus to scrape Sharpend",
					() -> !query(promPort, "sharpend_outbox_attempts_total").isEmpty());
			int[] outage = new int[100];
			Arrays.fill(outage, 500);
			receiver.answerNext(outage);
			Api.Response webhook = admin().postJson("/api/v1/webhooks", Map.of("name", "broken receiver", "url",
					receiver.url("/hook"), "events", List.of("alert_group.triggered")));
			assertThat(webhook.status()).as(webhook.toString()).isEqualTo(201);

			Set<String> seen = ConcurrentHashMap.newKeySet();
			try (Storm storm = new Storm(this.port, key)) {
				await(prometheus, "the queue and dead-delivery alerts firing in Prometheus", () -> {
					seen.addAll(firing(promPort));
					return seen.containsAll(Set.of("SharpendIntakeQueueNearlyFull", "SharpendDeliveriesDead"));
				});
				assertThat(storm.refused.get()).as("deliveries answered 503 while the queue was full").isPositive();
			}
			assertThat(receiver.receivedAt("/hook")).as("attempts at the broken receiver")
				.hasSizeGreaterThanOrEqualTo(2);
		}
	}

	private void writeConfiguration(Path dir) throws IOException {
		String rules = Files.readString(Path.of("integrations", "prometheus", "sharpend-rules.yml"));
		// the shipped durations, shortened so the test takes seconds
		Files.writeString(dir.resolve("sharpend-rules.yml"), rules.replaceAll("(?m)^(\\s+)for: \\S+$", "$1for: 0s"));
		Files.writeString(dir.resolve("prometheus.yml"), """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files: [sharpend-rules.yml]
				scrape_configs:
				  - job_name: sharpend
				    metrics_path: /actuator/prometheus
				    authorization:
				      credentials: %s
				    static_configs:
				      - targets: ['127.0.0.1:%d']
				""".formatted(TestKeys.SCRAPE_TOKEN, this.port));
	}

	private static void await(LocalProcess prometheus, String what, Callable<Boolean> condition) {
		try {
			Eventually.waiting(what, PATIENCE)
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptions()
				.failFast("Prometheus exited", () -> !prometheus.alive())
				.until(condition);
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nPrometheus:\n" + prometheus.output(), ex);
		}
	}

	/** The names of the alerts firing in Prometheus now. */
	private static Set<String> firing(int promPort) {
		Set<String> names = new TreeSet<>();
		for (JsonNode alert : api(promPort, "/api/v1/alerts").get("alerts")) {
			if (alert.get("state").asString().equals("firing")) {
				names.add(alert.get("labels").get("alertname").asString());
			}
		}
		return names;
	}

	/** The series an instant query returns. */
	private static List<JsonNode> query(int promPort, String promql) {
		return api(promPort, "/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).get("result")
			.valueStream()
			.toList();
	}

	private static JsonNode api(int promPort, String path) {
		try {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + promPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			return JSON.readTree(response.body()).get("data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

	/**
	 * Senders posting deliveries of new alerts as fast as they are answered, more at once
	 * than the intake queue holds.
	 */
	private static final class Storm implements AutoCloseable {

		final AtomicInteger refused = new AtomicInteger();

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger next = new AtomicInteger();

		private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS);

		private final HttpClient http = HttpClient.newHttpClient();

		private final URI hook;

		Storm(int port, String key) {
			this.hook = URI.create("http://127.0.0.1:" + port + "/hooks/alertmanager/" + key);
			for (int i = 0; i < SENDERS; i++) {
				this.senders.execute(this::send);
			}
		}

		private void send() {
			while (this.running.get()) {
				try {
					HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(this.hook)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body(this.next.getAndAdd(PER_DELIVERY))))
						.build(), HttpResponse.BodyHandlers.discarding());
					if (response.statusCode() == 503) {
						this.refused.incrementAndGet();
					}
				}
				catch (IOException ex) {
					// the node is stopping
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		private static String body(int from) {
			StringBuilder alerts = new StringBuilder();
			for (int i = from; i < from + PER_DELIVERY; i++) {
				alerts.append((i > from) ? "," : "")
					.append("{\"status\":\"firing\",\"labels\":{\"alertname\":\"MonitoringStorm\",\"instance\":\"host-")
					.append(i)
					.append("\"},\"annotations\":{},\"startsAt\":\"2026-12-03T04:00:00Z\",\"fingerprint\":\"storm-")
					.append(i)
					.append("\"}");
			}
			return "{\"version\":\"4\",\"status\":\"firing\",\"alerts\":[" + alerts + "]}";
		}

		@Override
		public void close() {
			this.running.set(false);
			this.senders.shutdownNow();
		}

	}

}
