package dev.sharpend.statuspage.metric;

import java.time.Instant;

/**
 * One value of a metric.
 *
 * @param at when it was measured
 * @param value the value (finite)
 */
public record MetricPoint(Instant at, double value) {
}
