package dev.sharpend.alert;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Alertmanagers;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole path with real peers: Prometheus scrapes a metric the test controls and
 * evaluates a rule on it, Alertmanager routes the alert to Sharpend's webhook, and
 * Sharpend shows the alert group triggered, then resolved when the metric recovers.
 */
@SharpendIntegrationTest
class PrometheusAlertmanagerEndToEndTests {

	private static final Duration PATIENCE = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@Test
	void aFiringPrometheusRuleBecomesAnAlertGroupThatResolvesWhenTheMetricRecovers() throws Exception {
		String alertname = "SharpendE2E" + (System.nanoTime() % 100000);
		JsonNode integration = admin()
			.postJson("/api/v1/integrations", Map.of("name", "e2e alertmanager", "type", "alertmanager"))
			.json();
		AtomicInteger up = new AtomicInteger(1);
		HttpServer metrics = metricsServer(up);
		Path dir = Files.createTempDirectory("sharpend-e2e-");
		int amPort = Launcher.freePort();
		int promPort = Launcher.freePort();
		Files.writeString(dir.resolve("rules.yml"), """
				groups:
				  - name: e2e
				    interval: 1s
				    rules:
				      - alert: %s
				        expr: sharpend_e2e_up == 0
				        labels:
				          severity: page
				        annotations:
				          summary: The end-to-end probe is down
				""".formatted(alertname));
		Files.writeString(dir.resolve("prometheus.yml"), """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				rule_files: [rules.yml]
				alerting:
				  alertmanagers:
				    - static_configs:
				        - targets: ['127.0.0.1:%d']
				scrape_configs:
				  - job_name: e2e
				    static_configs:
				      - targets: ['127.0.0.1:%d']
				""".formatted(amPort, metrics.getAddress().getPort()));
		try (LocalProcess alertmanager = Alertmanagers.start(dir, amPort, integration.get("url").asString(),
				Duration.ofSeconds(1), true);
				LocalProcess prometheus = Launcher.program("prometheus", "prometheus")
					.arguments("--config.file=prometheus.yml", "--storage.tsdb.path=prom-data",
							"--web.listen-address=127.0.0.1:" + promPort)
					.start(dir)) {
			up.set(0);
			JsonNode triggered = awaitGroup(alertname, "triggered", alertmanager, prometheus);
			assertThat(triggered.get("title").asString()).isEqualTo("The end-to-end probe is down");
			assertThat(triggered.get("firing").asInt()).isEqualTo(1);

			up.set(1);
			JsonNode resolved = awaitGroup(alertname, "resolved", alertmanager, prometheus);
			assertThat(resolved.get("id").asLong()).isEqualTo(triggered.get("id").asLong());
			assertThat(resolved.get("firing").asInt()).isZero();
		}
		finally {
			metrics.stop(0);
		}
	}

	private JsonNode awaitGroup(String alertname, String status, LocalProcess alertmanager, LocalProcess prometheus) {
		try {
			return Eventually.waiting("a " + status + " alert group for " + alertname, PATIENCE)
				.pollInterval(Duration.ofMillis(250))
				.failFast("Alertmanager or Prometheus exited", () -> !alertmanager.alive() || !prometheus.alive())
				.until(() -> group(alertname, status), Optional::isPresent)
				.get();
		}
		catch (RuntimeException | AssertionError ex) {
			throw new AssertionError(ex.getMessage() + "\nAlertmanager:\n" + alertmanager.output() + "\nPrometheus:\n"
					+ prometheus.output(), ex);
		}
	}

	private Optional<JsonNode> group(String alertname, String status) {
		return admin().get("/api/v1/alert-groups?size=500")
			.json()
			.get("items")
			.valueStream()
			.filter((g) -> g.get("groupKey").asString().equals("alertname=" + alertname))
			.filter((g) -> g.get("status").asString().equals(status))
			.findFirst();
	}

	private static HttpServer metricsServer(AtomicInteger up) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/metrics", (exchange) -> {
			byte[] body = ("# TYPE sharpend_e2e_up gauge\nsharpend_e2e_up " + up.get() + "\n")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/plain; version=0.0.4");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		return server;
	}

	private Api admin() {
		return Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
	}

}
