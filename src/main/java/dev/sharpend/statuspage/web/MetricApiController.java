package dev.sharpend.statuspage.web;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import dev.sharpend.statuspage.metric.Metric;
import dev.sharpend.statuspage.metric.MetricId;
import dev.sharpend.statuspage.metric.MetricPoint;
import dev.sharpend.statuspage.metric.MetricSettings;
import dev.sharpend.statuspage.metric.StatusMetrics;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Metrics of status pages: settings, and values pushed by automation. */
@RestController
@RequestMapping("/api/v1")
class MetricApiController {

	private final StatusMetrics metrics;

	MetricApiController(StatusMetrics metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/status-pages/{pageId}/metrics")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	StatusPageApiController.Items<MetricResponse> list(@PathVariable String pageId) {
		return new StatusPageApiController.Items<>(
				this.metrics.all(Codes.page(pageId)).stream().map(MetricResponse::of).toList());
	}

	@PostMapping("/status-pages/{pageId}/metrics")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	MetricResponse create(@PathVariable String pageId, @RequestBody MetricRequest request) {
		return MetricResponse.of(this.metrics.create(Codes.page(pageId), request.toSettings()));
	}

	@GetMapping("/status-pages/{pageId}/metrics/{metricId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	MetricResponse get(@PathVariable String pageId, @PathVariable String metricId) {
		return MetricResponse.of(this.metrics.require(Codes.page(pageId), metric(metricId)));
	}

	@PatchMapping("/status-pages/{pageId}/metrics/{metricId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	MetricResponse update(@PathVariable String pageId, @PathVariable String metricId,
			@RequestBody MetricRequest request) {
		return MetricResponse.of(this.metrics.update(Codes.page(pageId), metric(metricId), request.toSettings()));
	}

	@DeleteMapping("/status-pages/{pageId}/metrics/{metricId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String pageId, @PathVariable String metricId) {
		this.metrics.delete(Codes.page(pageId), metric(metricId));
	}

	/**
	 * Takes {@code {"data": [{"timestamp": 1700000000, "value": 12.5}, …]}}; a single
	 * point object (the hosted product's form) and ISO-8601 timestamps work too.
	 */
	@PostMapping("/metrics/{metricId}/data")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Integer> push(@PathVariable String metricId, @RequestBody JsonNode body) {
		MetricId id = metric(metricId);
		JsonNode data = body.path("data");
		List<JsonNode> items = new ArrayList<>();
		if (data.isArray()) {
			data.forEach(items::add);
		}
		else if (data.isObject()) {
			items.add(data);
		}
		else {
			throw RequestRejected.invalid("data",
					"Send {\"data\": [{\"timestamp\": <unix seconds>, \"value\": <number>}]}.");
		}
		if (items.size() > StatusMetrics.MAX_BATCH) {
			throw RequestRejected.invalid("data", "Send 1 to " + StatusMetrics.MAX_BATCH + " points per request.");
		}
		List<MetricPoint> points = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			points.add(point(items.get(i), "data[" + i + "]"));
		}
		return Map.of("accepted", this.metrics.push(id, points));
	}

	private static MetricPoint point(JsonNode item, String field) {
		JsonNode timestamp = item.path("timestamp");
		JsonNode value = item.path("value");
		if (!value.isNumber()) {
			throw RequestRejected.invalid(field + ".value", "A value must be a finite number.");
		}
		Instant at;
		try {
			at = timestamp.isNumber() ? Instant.ofEpochMilli(Math.round(timestamp.asDouble() * 1000))
					: Instant.parse(timestamp.asString());
		}
		catch (DateTimeException | IllegalArgumentException | ArithmeticException ex) {
			throw RequestRejected.invalid(field + ".timestamp",
					"Give the timestamp as Unix seconds or an ISO-8601 time such as 2024-05-01T12:00:00Z.");
		}
		return new MetricPoint(at, value.asDouble());
	}

	private static MetricId metric(String id) {
		try {
			return new MetricId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no metric " + id + ".");
		}
	}

	record MetricRequest(String name, String suffix, Integer decimals, Integer position, String source,
			String prometheusUrl, String query, Integer intervalSeconds) {

		MetricSettings toSettings() {
			Metric.Source parsed = null;
			if (this.source != null) {
				try {
					parsed = Metric.Source.valueOf(this.source.toUpperCase());
				}
				catch (IllegalArgumentException ex) {
					throw RequestRejected.invalid("source", "Use \"push\" or \"prometheus\".");
				}
			}
			return new MetricSettings(this.name, this.suffix, this.decimals, this.position, parsed, this.prometheusUrl,
					this.query, (this.intervalSeconds != null) ? Duration.ofSeconds(this.intervalSeconds) : null);
		}

	}

	record MetricResponse(String id, String pageId, String name, String suffix, int decimals, int position,
			String source, String prometheusUrl, String query, long intervalSeconds, String lastError,
			Instant createdAt, Instant updatedAt) {

		static MetricResponse of(Metric m) {
			return new MetricResponse(m.id().value(), m.page().value(), m.name(), m.suffix(), m.decimals(),
					m.position(), m.source().name().toLowerCase(), m.prometheusUrl(), m.query(),
					m.interval().toSeconds(), m.lastError(), m.createdAt(), m.updatedAt());
		}

	}

}
