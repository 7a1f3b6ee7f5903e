package dev.sharpend.statuspage.metric;

import java.util.List;

import dev.sharpend.system.SqlDialect;
import dev.sharpend.system.Timestamps;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Writes metric points so that writing the same (metric, instant) again overwrites rather
 * than fails: polls from several nodes and retried pushes stay idempotent. The upsert
 * differs per SQL dialect.
 */
interface MetricPointStore {

	void upsert(MetricId metric, List<MetricPoint> points);

	/** Picks the store for the configured database. */
	@Configuration(proxyBeanMethods = false)
	class Selection {

		@Bean
		MetricPointStore metricPointStore(SqlDialect dialect, NamedParameterJdbcTemplate jdbc) {
			String sql = switch (dialect) {
				case H2 ->
					"merge into sp_metric_point (metric_id, at, val) key (metric_id, at) values (:id, :at, :val)";
				case POSTGRESQL -> "insert into sp_metric_point (metric_id, at, val) values (:id, :at, :val) "
						+ "on conflict (metric_id, at) do update set val = excluded.val";
			};
			return (metric, points) -> {
				if (points.isEmpty()) {
					return;
				}
				SqlParameterSource[] batch = points.stream()
					.map((p) -> new MapSqlParameterSource().addValue("id", metric.value())
						.addValue("at", Timestamps.toColumn(p.at()))
						.addValue("val", p.value()))
					.toArray(SqlParameterSource[]::new);
				jdbc.batchUpdate(sql, batch);
			};
		}

	}

}
