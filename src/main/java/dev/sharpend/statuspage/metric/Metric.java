package dev.sharpend.statuspage.metric;

import java.time.Duration;
import java.time.Instant;

import dev.sharpend.catalog.PageId;

/**
 * A number shown as a chart on a status page, such as API response time.
 *
 * @param id the metric id
 * @param page its page
 * @param name shown name
 * @param suffix unit shown after values, such as {@code ms}, or null
 * @param decimals decimal places shown
 * @param position order on the page
 * @param source where its values come from
 * @param prometheusUrl the Prometheus base URL (prometheus source only)
 * @param query the PromQL query (prometheus source only)
 * @param interval how often the query is polled, and the step between points
 * @param lastError why the last poll failed, or null
 * @param createdAt when it was created
 * @param updatedAt when its settings last changed
 */
public record Metric(MetricId id, PageId page, String name, String suffix, int decimals, int position, Source source,
		String prometheusUrl, String query, Duration interval, String lastError, Instant createdAt, Instant updatedAt) {

	/** Where a metric's values come from. */
	public enum Source {

		/** Values are sent to {@code POST /api/v1/metrics/{id}/data}. */
		PUSH,

		/** Values are read from a Prometheus server with a PromQL query on a schedule. */
		PROMETHEUS

	}

}
