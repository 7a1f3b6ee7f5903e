package dev.sharpend.insight;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A rotation's pages in an ISO week, from the interruptions rollup, and the record of the
 * weekly digests sent, so that each rotation's week is mailed once.
 */
@Repository
class WeeklyReviewRepository {

	private final JdbcClient jdbc;

	WeeklyReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The pages sent through a schedule in an ISO week of its wall clock, oldest first.
	 */
	List<WeeklyReview.Paged> pages(UUID schedule, InsightWeek week) {
		return this.jdbc.sql("""
				select group_id, paged_at, zone, pages from insight_interruption
				where schedule_id = :schedule and week = :week order by paged_at, group_id""")
			.param("schedule", schedule)
			.param("week", week.toString())
			.query((rs, n) -> new WeeklyReview.Paged(rs.getLong("group_id"), Timestamps.fromColumn(rs, "paged_at"),
					ZoneId.of(rs.getString("zone")), rs.getInt("pages")))
			.list();
	}

	/** The latest page sent through a schedule, with the zone of its wall clock. */
	Optional<WeeklyReview.Paged> latest(UUID schedule) {
		return this.jdbc.sql("""
				select group_id, paged_at, zone, pages from insight_interruption where schedule_id = :schedule
				order by paged_at desc fetch first 1 rows only""")
			.param("schedule", schedule)
			.query((rs, n) -> new WeeklyReview.Paged(rs.getLong("group_id"), Timestamps.fromColumn(rs, "paged_at"),
					ZoneId.of(rs.getString("zone")), rs.getInt("pages")))
			.optional();
	}

	/** Whether a schedule's week was mailed already. */
	boolean sent(UUID schedule, InsightWeek week) {
		return this.jdbc
			.sql("select count(*) from insight_weekly_digest where schedule_id = :schedule and week = :week")
			.param("schedule", schedule)
			.param("week", week.toString())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Records that a schedule's week was mailed, unless it already was; the primary key
	 * refuses a second record written at the same moment by another node.
	 * @return whether this call recorded it
	 */
	boolean markSent(UUID schedule, InsightWeek week, Instant at, int recipients) {
		return this.jdbc
			.sql("""
					insert into insight_weekly_digest (schedule_id, week, sent_at, recipients)
					select :schedule, :week, :at, :recipients
					where not exists (select 1 from insight_weekly_digest where schedule_id = :schedule and week = :week)""")
			.param("schedule", schedule)
			.param("week", week.toString())
			.param("at", Timestamps.toColumn(at))
			.param("recipients", recipients)
			.update() > 0;
	}

}
