package dev.sharpend.statuspage.metric;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs PromQL range queries ({@code /api/v1/query_range}) with bounded time and response
 * size, so a slow or huge answer cannot stall the poller. Only hosts
 * {@link PrometheusTargets} allows are asked, and nothing of an answer's text reaches the
 * metric's last error (which every reader of the page's metrics sees): a URL pointed at
 * some other service must not become a way to read it.
 */
class PrometheusClient {

	static final int MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final Duration timeout;

	private final PrometheusTargets targets;

	PrometheusClient(Duration timeout, PrometheusTargets targets) {
		this.timeout = timeout;
		this.targets = targets;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/**
	 * The values of a query returning one series, one per step from start to end.
	 * @throws QueryFailed with a message for the metric's last error
	 */
	List<MetricPoint> queryRange(String baseUrl, String query, Instant start, Instant end, Duration step) {
		String url = baseUrl.replaceAll("/+$", "") + "/api/v1/query_range?query="
				+ URLEncoder.encode(query, StandardCharsets.UTF_8) + "&start=" + start.getEpochSecond() + "&end="
				+ end.getEpochSecond() + "&step=" + step.toSeconds() + "s&timeout=" + this.timeout.toSeconds() + "s";
		URI uri = PrometheusTargets.uri(url);
		if (uri == null) {
			throw new QueryFailed("The Prometheus URL is not an http or https URL.");
		}
		this.targets.refusedForSending(uri).ifPresent((reason) -> {
			throw new QueryFailed(reason);
		});
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(this.timeout)
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			HttpResponse<InputStream> response = this.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
			byte[] body;
			try (InputStream in = response.body()) {
				body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
			}
			if (body.length > MAX_RESPONSE_BYTES) {
				throw new QueryFailed("Prometheus answered with more than 4 MiB; narrow the query.");
			}
			JsonNode json = parse(body);
			if (json == null || !json.isObject() || !json.path("status").isString()) {
				throw new QueryFailed("Prometheus answered " + response.statusCode()
						+ " with something other than a Prometheus API answer; check the URL.");
			}
			if (response.statusCode() != 200 || !"success".equals(json.path("status").asString(""))) {
				throw new QueryFailed("Prometheus answered " + response.statusCode()
						+ ": it could not run the query; try it in Prometheus's own query page.");
			}
			return points(json.path("data").path("result"));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof QueryFailed failed) {
				throw failed;
			}
			throw new QueryFailed(
					"Prometheus at " + baseUrl + " could not be queried (" + ex.getClass().getSimpleName() + ").");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new QueryFailed("Interrupted while querying Prometheus");
		}
	}

	private static List<MetricPoint> points(JsonNode result) {
		if (result.size() > 1) {
			throw new QueryFailed("The query returns " + result.size()
					+ " series; aggregate it to one, for example with sum(...) or avg(...).");
		}
		List<MetricPoint> points = new ArrayList<>();
		if (result.isEmpty()) {
			return points;
		}
		for (JsonNode pair : result.get(0).path("values")) {
			double value = parse(pair.get(1).asString(""));
			if (Double.isFinite(value)) {
				long millis = Math.round(pair.get(0).asDouble() * 1000);
				points.add(new MetricPoint(Instant.ofEpochMilli(millis), value));
			}
		}
		return points;
	}

	/** The JSON answer, or null when Prometheus (or a proxy) answered something else. */
	private static JsonNode parse(byte[] body) {
		try {
			return JSON.readTree(body);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static double parse(String value) {
		try {
			return Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return Double.NaN;
		}
	}

	/** A query that returned no usable answer. */
	static class QueryFailed extends RuntimeException {

		QueryFailed(String message) {
			super(message);
		}

	}

}
