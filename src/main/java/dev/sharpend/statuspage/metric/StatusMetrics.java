package dev.sharpend.statuspage.metric;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.PageInputs;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Metrics of status pages: their settings and their values. */
@Service
@Transactional
public class StatusMetrics {

	/** The most points one push may carry. */
	public static final int MAX_BATCH = 1000;

	private static final Duration MIN_INTERVAL = Duration.ofSeconds(15);

	private static final Duration MAX_INTERVAL = Duration.ofHours(1);

	private final MetricRepository metrics;

	private final MetricPointStore points;

	private final StatusPages pages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration retention;

	private final PrometheusTargets targets;

	StatusMetrics(MetricRepository metrics, MetricPointStore points, StatusPages pages,
			ApplicationEventPublisher events, Clock clock,
			@Value("${sharpend.statuspage.metric-retention:P31D}") Duration retention, PrometheusTargets targets) {
		this.metrics = metrics;
		this.points = points;
		this.pages = pages;
		this.events = events;
		this.clock = clock;
		this.retention = retention;
		this.targets = targets;
	}

	@Transactional(readOnly = true)
	public List<Metric> all(PageId page) {
		this.pages.require(page);
		return this.metrics.findByPage(page);
	}

	@Transactional(readOnly = true)
	public Metric require(MetricId id) {
		return this.metrics.findById(id).orElseThrow(() -> RequestRejected.notFound("There is no metric " + id + "."));
	}

	@Transactional(readOnly = true)
	public Metric require(PageId page, MetricId id) {
		return this.metrics.findById(id)
			.filter((m) -> m.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no metric " + id + " on this page."));
	}

	public Metric create(PageId page, MetricSettings s) {
		this.pages.require(page);
		Instant now = this.clock.instant();
		Metric metric = valid(new Metric(MetricId.next(), page, PageInputs.required(s.name(), "name", 200), s.suffix(),
				Objects.requireNonNullElse(s.decimals(), 0),
				(s.position() != null) ? s.position() : this.metrics.nextPosition(page),
				Objects.requireNonNullElse(s.source(), Metric.Source.PUSH), s.prometheusUrl(), s.query(),
				Objects.requireNonNullElse(s.interval(), Duration.ofSeconds(60)), null, now, now));
		this.metrics.insert(metric);
		this.events.publishEvent(new MetricSaved(page, metric.id(), metric.name(), source(metric), true));
		return metric;
	}

	public Metric update(PageId page, MetricId id, MetricSettings s) {
		Metric c = require(page, id);
		Metric metric = valid(new Metric(id, page,
				(s.name() != null) ? PageInputs.required(s.name(), "name", 200) : c.name(),
				(s.suffix() != null) ? s.suffix() : c.suffix(), (s.decimals() != null) ? s.decimals() : c.decimals(),
				(s.position() != null) ? s.position() : c.position(), (s.source() != null) ? s.source() : c.source(),
				(s.prometheusUrl() != null) ? s.prometheusUrl() : c.prometheusUrl(),
				(s.query() != null) ? s.query() : c.query(), (s.interval() != null) ? s.interval() : c.interval(), null,
				c.createdAt(), this.clock.instant()));
		this.metrics.update(metric);
		this.events.publishEvent(new MetricSaved(page, id, metric.name(), source(metric), false));
		return metric;
	}

	public void delete(PageId page, MetricId id) {
		Metric metric = require(page, id);
		this.metrics.delete(id);
		this.events.publishEvent(new MetricDeleted(page, id, metric.name()));
	}

	/**
	 * Stores pushed values; a value at an instant that already has one replaces it.
	 * Values are checked first, so a bad batch stores nothing.
	 */
	public int push(MetricId id, List<MetricPoint> values) {
		Metric metric = require(id);
		Instant now = this.clock.instant();
		if (values.isEmpty() || values.size() > MAX_BATCH) {
			throw RequestRejected.invalid("data", "Send 1 to " + MAX_BATCH + " points per request.");
		}
		Instant oldest = now.minus(this.retention);
		for (int i = 0; i < values.size(); i++) {
			MetricPoint p = values.get(i);
			String field = "data[" + i + "]";
			if (p.at().isAfter(now.plusSeconds(60))) {
				throw RequestRejected.invalid(field + ".timestamp", "A point cannot be dated in the future.");
			}
			if (p.at().isBefore(oldest)) {
				throw RequestRejected.invalid(field + ".timestamp",
						"A point older than the retention (" + this.retention.toDays() + " days) is not kept.");
			}
			if (!Double.isFinite(p.value())) {
				throw RequestRejected.invalid(field + ".value", "A value must be a finite number.");
			}
		}
		this.points.upsert(id, values);
		this.events.publishEvent(new MetricValuesReceived(metric.page()));
		return values.size();
	}

	/** Stores polled values and clears the metric's last error. */
	void stored(Metric metric, List<MetricPoint> values) {
		this.points.upsert(metric.id(), values);
		this.metrics.recordError(metric.id(), null);
		if (!values.isEmpty()) {
			this.events.publishEvent(new MetricValuesReceived(metric.page()));
		}
	}

	private static String source(Metric m) {
		return m.source().name().toLowerCase();
	}

	private Metric valid(Metric m) {
		if (m.decimals() < 0 || m.decimals() > 6) {
			throw RequestRejected.invalid("decimals", "Show 0 to 6 decimals.");
		}
		if (m.suffix() != null && m.suffix().length() > 20) {
			throw RequestRejected.invalid("suffix", "Keep the suffix under 20 characters, such as ms or %.");
		}
		if (m.interval().compareTo(MIN_INTERVAL) < 0 || m.interval().compareTo(MAX_INTERVAL) > 0) {
			throw RequestRejected.invalid("intervalSeconds", "Poll every 15 to 3600 seconds.");
		}
		if (m.source() == Metric.Source.PROMETHEUS) {
			if (PageInputs.url(m.prometheusUrl(), "prometheusUrl") == null) {
				throw RequestRejected.invalid("prometheusUrl",
						"A Prometheus metric needs the server's URL, such as http://prometheus:9090.");
			}
			this.targets.checkSaved(m.prometheusUrl(), "prometheusUrl");
			if (m.query() == null || m.query().isBlank() || m.query().length() > 2000) {
				throw RequestRejected.invalid("query",
						"A Prometheus metric needs a PromQL query (up to 2000 characters).");
			}
		}
		return m;
	}

}
