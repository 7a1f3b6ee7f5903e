package dev.sharpend.statuspage.metric;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.sharpend.statuspage.PageView;

import org.springframework.stereotype.Component;

/**
 * Turns a page's metric values into server-rendered line charts (SVG paths) for the last
 * 24 hours, 7 days and 30 days, each with a text summary for readers who cannot see it.
 */
@Component
public class MetricCharts {

	static final int WIDTH = 600;

	static final int HEIGHT = 120;

	/** At most this many points are drawn; more are averaged into buckets. */
	static final int MAX_POINTS = 240;

	private final MetricRepository metrics;

	MetricCharts(MetricRepository metrics) {
		this.metrics = metrics;
	}

	public List<Chart> of(PageView view) {
		List<Chart> charts = new ArrayList<>();
		Instant now = view.builtAt();
		for (Metric metric : this.metrics.findByPage(view.page().id())) {
			List<MetricPoint> month = this.metrics.points(metric.id(), now.minus(Duration.ofDays(30)), now);
			charts.add(new Chart(metric,
					List.of(range(metric, "24 hours", month, now, Duration.ofHours(24)),
							range(metric, "7 days", month, now, Duration.ofDays(7)),
							range(metric, "30 days", month, now, Duration.ofDays(30)))));
		}
		return charts;
	}

	static Range range(Metric metric, String label, List<MetricPoint> all, Instant now, Duration span) {
		Instant from = now.minus(span);
		List<MetricPoint> points = bucket(all.stream().filter((p) -> !p.at().isBefore(from)).toList(), from, span);
		if (points.isEmpty()) {
			return new Range(label, "", "No data for the last " + label + ".", true);
		}
		double min = points.stream().mapToDouble(MetricPoint::value).min().orElse(0);
		double max = points.stream().mapToDouble(MetricPoint::value).max().orElse(0);
		double top = (max > min) ? max : min + 1;
		StringBuilder path = new StringBuilder();
		for (MetricPoint p : points) {
			double x = WIDTH * (double) Duration.between(from, p.at()).toMillis() / span.toMillis();
			double y = HEIGHT - 4 - (HEIGHT - 8) * (p.value() - min) / (top - min);
			path.append((path.length() == 0) ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
		}
		String summary = String.format(Locale.ENGLISH, "Last %s: minimum %s, maximum %s, latest %s.", label,
				value(metric, min), value(metric, max), value(metric, points.get(points.size() - 1).value()));
		return new Range(label, path.toString(), summary, false);
	}

	private static List<MetricPoint> bucket(List<MetricPoint> points, Instant from, Duration span) {
		if (points.size() <= MAX_POINTS) {
			return points;
		}
		long width = span.toMillis() / MAX_POINTS;
		List<MetricPoint> averaged = new ArrayList<>();
		int i = 0;
		while (i < points.size()) {
			long bucket = Duration.between(from, points.get(i).at()).toMillis() / width;
			double sum = 0;
			int count = 0;
			for (; i < points.size() && Duration.between(from, points.get(i).at()).toMillis() / width == bucket; i++) {
				sum += points.get(i).value();
				count++;
			}
			averaged.add(new MetricPoint(from.plusMillis(bucket * width + width / 2), sum / count));
		}
		return averaged;
	}

	static String value(Metric metric, double value) {
		String number = String.format(Locale.ENGLISH, "%." + metric.decimals() + "f", value);
		return (metric.suffix() != null && !metric.suffix().isBlank()) ? number + " " + metric.suffix() : number;
	}

	/**
	 * A metric's charts.
	 *
	 * @param metric the metric
	 * @param ranges 24 hours, 7 days and 30 days
	 */
	public record Chart(Metric metric, List<Range> ranges) {
	}

	/**
	 * One chart.
	 *
	 * @param label the span, such as {@code 24 hours}
	 * @param path the SVG path of the line in a {@link #WIDTH} × {@link #HEIGHT} box
	 * @param summary minimum, maximum and latest value as text
	 * @param empty whether there are no values in the span
	 */
	public record Range(String label, String path, String summary, boolean empty) {
	}

}
