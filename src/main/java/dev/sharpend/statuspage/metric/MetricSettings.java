package dev.sharpend.statuspage.metric;

import java.time.Duration;

/**
 * What an editor sets on a metric; null fields keep their current value (or take the
 * default on creation).
 *
 * @param name shown name
 * @param suffix unit such as {@code ms} ("" to clear)
 * @param decimals decimal places shown, 0 to 6 (default 0)
 * @param position order on the page
 * @param source push (default) or prometheus
 * @param prometheusUrl Prometheus base URL, such as {@code http://prometheus:9090}
 * @param query PromQL query returning one series
 * @param interval poll interval and step, 15 s to 1 h (default 60 s)
 */
public record MetricSettings(String name, String suffix, Integer decimals, Integer position, Metric.Source source,
		String prometheusUrl, String query, Duration interval) {
}
