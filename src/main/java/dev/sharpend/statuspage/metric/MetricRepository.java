package dev.sharpend.statuspage.metric;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MetricRepository {

	private final JdbcClient jdbc;

	MetricRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Metric> findByPage(PageId page) {
		return this.jdbc.sql("select * from sp_metric where page_id = :page order by position, name")
			.param("page", page.value())
			.query(MetricRepository::map)
			.list();
	}

	Optional<Metric> findById(MetricId id) {
		return this.jdbc.sql("select * from sp_metric where id = :id")
			.param("id", id.value())
			.query(MetricRepository::map)
			.optional();
	}

	List<Metric> findPolled() {
		return this.jdbc.sql("select * from sp_metric where source = 'prometheus' order by id")
			.query(MetricRepository::map)
			.list();
	}

	int nextPosition(PageId page) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from sp_metric where page_id = :page")
			.param("page", page.value())
			.query(Integer.class)
			.single();
	}

	void insert(Metric m) {
		this.jdbc.sql("""
				insert into sp_metric (id, page_id, name, suffix, decimals, position, source, prometheus_url, query,
				    interval_seconds, created_at, updated_at)
				values (:id, :page, :name, :suffix, :decimals, :position, :source, :url, :query, :interval, :createdAt,
				    :updatedAt)""")
			.param("id", m.id().value())
			.param("page", m.page().value())
			.param("createdAt", Timestamps.toColumn(m.createdAt()))
			.params(settings(m))
			.update();
	}

	void update(Metric m) {
		this.jdbc.sql("""
				update sp_metric set name = :name, suffix = :suffix, decimals = :decimals, position = :position,
				    source = :source, prometheus_url = :url, query = :query, interval_seconds = :interval,
				    updated_at = :updatedAt, last_error = null
				where id = :id""").param("id", m.id().value()).params(settings(m)).update();
	}

	private static java.util.Map<String, Object> settings(Metric m) {
		java.util.Map<String, Object> params = new java.util.HashMap<>();
		params.put("name", m.name());
		params.put("suffix", m.suffix());
		params.put("decimals", m.decimals());
		params.put("position", m.position());
		params.put("source", m.source().name().toLowerCase());
		params.put("url", m.prometheusUrl());
		params.put("query", m.query());
		params.put("interval", (int) m.interval().toSeconds());
		params.put("updatedAt", Timestamps.toColumn(m.updatedAt()));
		return params;
	}

	void delete(MetricId id) {
		this.jdbc.sql("delete from sp_metric where id = :id").param("id", id.value()).update();
	}

	/**
	 * Claims a metric's next poll for this node: true only for the one node whose update
	 * moved the claim time, so nodes sharing the database do not all poll.
	 */
	boolean claimPoll(MetricId id, Instant now, Instant dueBefore) {
		return this.jdbc
			.sql("update sp_metric set polled_at = :now where id = :id and (polled_at is null or polled_at <= :due)")
			.param("id", id.value())
			.param("now", Timestamps.toColumn(now))
			.param("due", Timestamps.toColumn(dueBefore))
			.update() == 1;
	}

	void recordError(MetricId id, String error) {
		this.jdbc.sql("update sp_metric set last_error = :error where id = :id")
			.param("id", id.value())
			.param("error", (error != null && error.length() > 500) ? error.substring(0, 500) : error)
			.update();
	}

	List<MetricPoint> points(MetricId id, Instant from, Instant to) {
		return this.jdbc
			.sql("select at, val from sp_metric_point where metric_id = :id and at >= :from and at <= :to "
					+ "order by at")
			.param("id", id.value())
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query((rs, row) -> new MetricPoint(Timestamps.fromColumn(rs, "at"), rs.getDouble("val")))
			.list();
	}

	Optional<Instant> latest(MetricId id) {
		return this.jdbc.sql("select max(at) as at from sp_metric_point where metric_id = :id")
			.param("id", id.value())
			.query((rs, row) -> Optional.ofNullable(Timestamps.fromColumn(rs, "at")))
			.single();
	}

	int deletePointsBefore(Instant cutoff) {
		return this.jdbc.sql("delete from sp_metric_point where at < :cutoff")
			.param("cutoff", Timestamps.toColumn(cutoff))
			.update();
	}

	private static Metric map(ResultSet rs, int row) throws SQLException {
		return new Metric(new MetricId(rs.getString("id")), new PageId(rs.getString("page_id")), rs.getString("name"),
				rs.getString("suffix"), rs.getInt("decimals"), rs.getInt("position"),
				Metric.Source.valueOf(rs.getString("source").toUpperCase()), rs.getString("prometheus_url"),
				rs.getString("query"), Duration.ofSeconds(rs.getInt("interval_seconds")), rs.getString("last_error"),
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "updated_at"));
	}

}
