package dev.sharpend.statuspage.metric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.JobRuns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls Prometheus metrics when they are due and drops values past the retention. Safe on
 * several nodes: a node polls a metric only after claiming it in the database, and points
 * are upserted by (metric, instant), so a repeated poll changes nothing.
 */
@Component
class MetricSchedule {

	private static final Logger log = LoggerFactory.getLogger(MetricSchedule.class);

	/** How far back the first poll of a metric reaches. */
	static final Duration BACKFILL = Duration.ofHours(6);

	static final int MAX_POINTS_PER_POLL = 1000;

	private final MetricRepository metrics;

	private final StatusMetrics service;

	private final PrometheusClient prometheus;

	private final Duration retention;

	private final Clock clock;

	private final JobRuns runs;

	MetricSchedule(MetricRepository metrics, StatusMetrics service,
			@Value("${sharpend.statuspage.metric-retention:P31D}") Duration retention,
			@Value("${sharpend.statuspage.prometheus-timeout:PT10S}") Duration timeout, PrometheusTargets targets,
			Clock clock, JobRuns runs) {
		this.runs = runs;
		this.metrics = metrics;
		this.service = service;
		this.retention = retention;
		this.prometheus = new PrometheusClient(timeout, targets);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.metric-poll-tick:PT5S}", initialDelay = 5000)
	void runDue() {
		Instant now = this.clock.instant();
		for (Metric metric : this.metrics.findPolled()) {
			if (this.metrics.claimPoll(metric.id(), now, now.minus(metric.interval()).plusMillis(500))) {
				poll(metric, now);
			}
		}
		this.runs.succeeded("statuspage-metric-polls");
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelay = 60_000)
	void dropExpired() {
		int dropped = this.metrics.deletePointsBefore(this.clock.instant().minus(this.retention));
		if (dropped > 0) {
			log.debug("Dropped {} metric values older than {}", dropped, this.retention);
		}
		this.runs.succeeded("statuspage-metric-retention");
	}

	/** Reads the values since the last stored one and stores them. */
	void poll(Metric metric, Instant now) {
		long step = metric.interval().toSeconds();
		Instant from = this.metrics.latest(metric.id()).map((at) -> at.plusSeconds(step)).orElse(now.minus(BACKFILL));
		Instant earliest = now.minusSeconds(step * MAX_POINTS_PER_POLL);
		from = from.isBefore(earliest) ? earliest : from;
		// Aligning the start to the step makes every node ask for the same instants.
		Instant start = Instant.ofEpochSecond(from.getEpochSecond() - Math.floorMod(from.getEpochSecond(), step));
		if (start.isAfter(now)) {
			// Another poll (this node's or another's) already has the latest step; asking
			// Prometheus for an empty range would only earn a 400.
			return;
		}
		try {
			List<MetricPoint> points = this.prometheus.queryRange(metric.prometheusUrl(), metric.query(), start, now,
					metric.interval());
			this.service.stored(metric, points);
		}
		catch (PrometheusClient.QueryFailed ex) {
			log.warn("Metric {} ({}): {}", metric.id(), metric.name(), ex.getMessage());
			this.metrics.recordError(metric.id(), ex.getMessage());
		}
	}

}
