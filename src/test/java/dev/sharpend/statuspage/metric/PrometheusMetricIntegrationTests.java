package dev.sharpend.statuspage.metric;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import dev.sharpend.statuspage.StatusPageFixtures;
import dev.sharpend.test.Api;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.LocalProcess;
import dev.sharpend.test.LoopbackIntegrationTest;
import dev.sharpend.test.MovableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PromQL poller against a real Prometheus (the Debian package; CI installs it),
 * started on a free loopback port and scraping itself.
 */
@LoopbackIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrometheusMetricIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MetricSchedule schedule;

	@Autowired
	MetricRepository metrics;

	@Autowired
	MovableClock clock;

	private LocalProcess prometheus;

	private Path workDir;

	private String url;

	@BeforeAll
	void startPrometheus() throws Exception {
		int promPort = Launcher.freePort();
		this.url = "http://127.0.0.1:" + promPort;
		this.workDir = Files.createTempDirectory("prometheus-test");
		Files.writeString(this.workDir.resolve("prometheus.yml"), """
				global:
				  scrape_interval: 1s
				  evaluation_interval: 1s
				scrape_configs:
				  - job_name: self
				    static_configs:
				      - targets: ['127.0.0.1:%d']
				""".formatted(promPort));
		this.prometheus = Launcher.program("prometheus", "prometheus")
			.arguments("--config.file=prometheus.yml", "--storage.tsdb.path=data",
					"--web.listen-address=127.0.0.1:" + promPort)
			.start(this.workDir)
			.awaitHttp(this.url + "/-/ready", Duration.ofSeconds(30));
	}

	@AfterAll
	void stopPrometheus() {
		if (this.prometheus != null) {
			this.prometheus.close();
		}
		FileSystemUtils.deleteRecursively(this.workDir.toFile());
	}

	@BeforeEach
	void showRealTime() {
		// Other classes sharing this application moved its clock; the poller must ask
		// Prometheus about the time its samples were scraped at.
		this.clock.set(Instant.now());
	}

	@Test
	void pollsAPromQlQueryAndShowsItsValuesOnThePage() throws Exception {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Prometheus fed");
		Api.Response created = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/metrics", Map.of("name", "Self scrape", "source",
					"prometheus", "prometheusUrl", this.url, "query", "up{job=\"self\"}", "intervalSeconds", 15));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		Metric metric = this.metrics.findById(new MetricId(created.json().get("id").asString())).orElseThrow();

		awaitPointAtAStep(metric.interval());
		this.schedule.poll(metric, this.clock.instant());
		// A second poll with nothing new due (as when the schedule polled just before)
		// must not ask Prometheus for an empty range and record its 400.
		this.schedule.poll(metric, this.clock.instant());

		assertThat(this.metrics.points(metric.id(), Instant.now().minusSeconds(3600), this.clock.instant()))
			.isNotEmpty()
			.allSatisfy((p) -> assertThat(p.value()).isEqualTo(1.0))
			.allSatisfy((p) -> assertThat(p.at().getEpochSecond() % 15).isZero());
		assertThat(this.metrics.findById(metric.id()).orElseThrow().lastError()).isNull();
		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(html).contains("Self scrape").contains("latest 1.");
	}

	@Test
	void recordsWhyAPollFailed() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Prometheus broken");
		Api.Response created = fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/metrics", Map.of("name", "Bad query", "source",
					"prometheus", "prometheusUrl", this.url, "query", "sum(", "intervalSeconds", 15));
		Metric metric = this.metrics.findById(new MetricId(created.json().get("id").asString())).orElseThrow();
		this.schedule.poll(metric, this.clock.instant());
		String error = fx.api()
			.get(StatusPageFixtures.pagePath(page) + "/metrics/" + metric.id().value())
			.json()
			.get("lastError")
			.asString();
		assertThat(error).startsWith("Prometheus answered 400");
	}

	@Test
	void neverShowsWhatAnotherServiceAnswered() throws Exception {
		HttpServer other = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
		other.createContext("/text", (exchange) -> answer(exchange, 200, "text/plain", "AKIA-SECRET-KEY-TEXT"));
		other.createContext("/json", (exchange) -> answer(exchange, 500, "application/json",
				"{\"status\":\"error\",\"error\":\"AKIA-SECRET-KEY-JSON\"}"));
		other.start();
		try {
			StatusPageFixtures fx = new StatusPageFixtures(this.port);
			JsonNode page = fx.page("Not Prometheus");
			String base = "http://127.0.0.1:" + other.getAddress().getPort();
			for (String path : java.util.List.of("/text?x=", "/json?x=")) {
				Api.Response created = fx.api()
					.postJson(StatusPageFixtures.pagePath(page) + "/metrics", Map.of("name", "Probe " + path, "source",
							"prometheus", "prometheusUrl", base + path, "query", "up", "intervalSeconds", 15));
				assertThat(created.status()).as(created.toString()).isEqualTo(201);
				Metric metric = this.metrics.findById(new MetricId(created.json().get("id").asString())).orElseThrow();
				this.schedule.poll(metric, this.clock.instant());
				Api.Response read = fx.api().get(StatusPageFixtures.pagePath(page) + "/metrics/" + metric.id().value());
				assertThat(read.json().get("lastError").asString()).startsWith("Prometheus answered");
				assertThat(read.body()).doesNotContain("AKIA");
			}
		}
		finally {
			other.stop(0);
		}
	}

	private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", type);
		exchange.sendResponseHeaders(status, bytes.length);
		try (var out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	/**
	 * Waits for Prometheus's first scrape of itself, then moves the application's clock
	 * to the next step-aligned instant, which is what the poller asks for. Prometheus
	 * answers an instant after its last sample with that sample (within its five-minute
	 * look-back), so the test need not wait up to a whole 15 s step for real time to get
	 * there.
	 */
	private void awaitPointAtAStep(Duration step) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		Eventually.waiting("a first sample of up in Prometheus", Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(200))
			.failFast("Prometheus exited", () -> !this.prometheus.alive())
			.until(() -> {
				try {
					HttpResponse<String> response = http
						.send(HttpRequest.newBuilder(URI.create(this.url + "/api/v1/query?query=up"))
							.timeout(Duration.ofSeconds(2))
							.build(), HttpResponse.BodyHandlers.ofString());
					return response.statusCode() == 200 && response.body().contains("\"value\":[");
				}
				catch (IOException ex) {
					return false;
				}
			});
		long now = Instant.now().getEpochSecond() + 1;
		this.clock.set(Instant.ofEpochSecond(now + Math.floorMod(-now, step.toSeconds())));
	}

}
