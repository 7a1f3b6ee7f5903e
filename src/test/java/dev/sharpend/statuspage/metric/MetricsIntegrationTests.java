package dev.sharpend.statuspage.metric;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.sharpend.statuspage.StatusPageFixtures;
import dev.sharpend.test.Api;
import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.sharpend.test.Api.created;
import static org.assertj.core.api.Assertions.assertThat;

/** Metrics managed and fed through the API, and drawn on the public page. */
@SharpendIntegrationTest
class MetricsIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void pushedValuesAppearAsAChartWithATextSummary() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Charts");
		JsonNode metric = created(fx.api()
			.postJson(StatusPageFixtures.pagePath(page) + "/metrics",
					Map.of("name", "API response time", "suffix", "ms", "decimals", 1)));
		long now = Instant.now().getEpochSecond();
		Api.Response pushed = fx.api()
			.postJson("/api/v1/metrics/" + metric.get("id").asString() + "/data",
					Map.of("data",
							List.of(Map.of("timestamp", now - 600, "value", 120.25),
									Map.of("timestamp", now - 300, "value", 80),
									Map.of("timestamp", now - 60, "value", 95.5))));
		assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
		assertThat(pushed.json().get("accepted").asInt()).isEqualTo(3);

		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(html).contains("API response time")
			.contains("Last 24 hours: minimum 80.0 ms, maximum 120.3 ms, latest 95.5 ms.")
			.contains("<path d=\"M");
	}

	@Test
	void pushingTheSameInstantAgainReplacesTheValue() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Idempotent");
		JsonNode metric = created(
				fx.api().postJson(StatusPageFixtures.pagePath(page) + "/metrics", Map.of("name", "Queue depth")));
		String path = "/api/v1/metrics/" + metric.get("id").asString() + "/data";
		String at = Instant.now().minusSeconds(120).toString();
		assertThat(fx.api().postJson(path, Map.of("data", Map.of("timestamp", at, "value", 5))).status())
			.isEqualTo(201);
		assertThat(fx.api().postJson(path, Map.of("data", Map.of("timestamp", at, "value", 7))).status())
			.isEqualTo(201);

		String html = Api.anonymous(this.port).get("/p/" + page.get("slug").asString() + "/").body();
		assertThat(html).contains("Last 24 hours: minimum 7, maximum 7, latest 7.");
	}

	@Test
	void rejectsFutureNonNumericAndOversizedBatchesNamingTheField() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Rejecting");
		JsonNode metric = created(
				fx.api().postJson(StatusPageFixtures.pagePath(page) + "/metrics", Map.of("name", "Errors")));
		String path = "/api/v1/metrics/" + metric.get("id").asString() + "/data";
		long now = Instant.now().getEpochSecond();

		Api.Response future = fx.api()
			.postJson(path, Map.of("data",
					List.of(Map.of("timestamp", now - 10, "value", 1), Map.of("timestamp", now + 3600, "value", 2))));
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("data[1].timestamp");

		Api.Response notFinite = fx.api()
			.postJson(path, Map.of("data", List.of(Map.of("timestamp", now, "value", "NaN"))));
		assertThat(notFinite.status()).isEqualTo(400);
		assertThat(notFinite.json().get("errors").get(0).get("field").asString()).isEqualTo("data[0].value");

		Api.Response infinite = fx.api().postJson(path, "{\"data\": [{\"timestamp\": " + now + ", \"value\": 1e400}]}");
		assertThat(infinite.status()).isEqualTo(400);

		List<Map<String, Object>> tooMany = java.util.stream.IntStream.range(0, 1001)
			.mapToObj((i) -> Map.<String, Object>of("timestamp", now - i, "value", i))
			.toList();
		Api.Response big = fx.api().postJson(path, Map.of("data", tooMany));
		assertThat(big.status()).isEqualTo(400);
		assertThat(big.json().get("errors").get(0).get("field").asString()).isEqualTo("data");
	}

	@Test
	void metricsAreListedChangedAndDeleted() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Managed metrics");
		String base = StatusPageFixtures.pagePath(page) + "/metrics";
		JsonNode metric = created(fx.api()
			.postJson(base, Map.of("name", "Uptime check", "source", "prometheus", "prometheusUrl",
					"http://203.0.113.10:9090/", "query", "avg(up)", "intervalSeconds", 30)));
		assertThat(metric.get("source").asString()).isEqualTo("prometheus");
		assertThat(metric.get("intervalSeconds").asInt()).isEqualTo(30);

		Api.Response missingQuery = fx.api()
			.postJson(base,
					Map.of("name", "Broken", "source", "prometheus", "prometheusUrl", "http://203.0.113.10:9090"));
		assertThat(missingQuery.status()).isEqualTo(400);
		assertThat(missingQuery.json().get("errors").get(0).get("field").asString()).isEqualTo("query");

		String one = base + "/" + metric.get("id").asString();
		Api.Response renamed = fx.api().sendJson("PATCH", one, Map.of("name", "Availability", "suffix", "%"));
		assertThat(renamed.json().get("name").asString()).isEqualTo("Availability");
		assertThat(fx.api().get(base).json().get("items").get(0).get("suffix").asString()).isEqualTo("%");
		assertThat(fx.api().delete(one).status()).isEqualTo(204);
		assertThat(fx.api().get(one).status()).isEqualTo(404);
	}

	@Test
	void prometheusUrlsInsideTheNetworkAreRefusedUnlessAllowed() {
		StatusPageFixtures fx = new StatusPageFixtures(this.port);
		JsonNode page = fx.page("Probed metrics");
		String base = StatusPageFixtures.pagePath(page) + "/metrics";
		for (String url : List.of("http://127.0.0.1:9090", "http://169.254.169.254/latest/meta-data/?x=",
				"http://10.0.0.5:9090", "http://[::1]:9090", "http://localhost:9090")) {
			Api.Response refused = fx.api()
				.postJson(base, Map.of("name", "Probe", "source", "prometheus", "prometheusUrl", url, "query", "up"));
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("prometheusUrl");
			assertThat(refused.body()).contains("SHARPEND_STATUSPAGE_PROMETHEUS_ALLOWED_HOSTS");
		}
		assertThat(fx.api().get(base).json().get("items").size()).isZero();

		JsonNode metric = created(fx.api()
			.postJson(base, Map.of("name", "Outside", "source", "prometheus", "prometheusUrl",
					"http://203.0.113.10:9090", "query", "up")));
		String one = base + "/" + metric.get("id").asString();
		Api.Response moved = fx.api().sendJson("PATCH", one, Map.of("prometheusUrl", "http://127.0.0.1:9090"));
		assertThat(moved.status()).isEqualTo(400);
		assertThat(fx.api().get(one).json().get("prometheusUrl").asString()).isEqualTo("http://203.0.113.10:9090");
	}

}
