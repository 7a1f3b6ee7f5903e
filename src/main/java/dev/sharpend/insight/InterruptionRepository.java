package dev.sharpend.insight;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.sharpend.system.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rollup of interruptions, and its sums by rotation, team, band and ISO week. */
@Repository
class InterruptionRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	InterruptionRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Replaces the interruptions of these groups. */
	void replace(Collection<Long> groups, List<Interruption> interruptions) {
		if (!groups.isEmpty()) {
			this.jdbc.sql("delete from insight_interruption where group_id in (:groups)")
				.param("groups", groups)
				.update();
		}
		List<Object[]> rows = interruptions.stream()
			.map((i) -> new Object[] { i.group(), Timestamps.toColumn(i.at()), i.route().schedule(), i.route().team(),
					i.route().zone().getId(), i.band().name().toLowerCase(), i.week().toString(), i.pages() })
			.toList();
		this.batch.batchUpdate("""
				insert into insight_interruption (group_id, paged_at, schedule_id, team_id, zone, band, week, pages)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	void clear() {
		this.jdbc.sql("delete from insight_interruption").update();
	}

	/**
	 * Pages sent from {@code from} (inclusive) to {@code to} (exclusive), summed by
	 * rotation, team, ISO week and band.
	 */
	List<Count> counts(Instant from, Instant to) {
		return this.jdbc.sql("""
				select schedule_id, team_id, week, band, sum(pages) as pages from insight_interruption
				where paged_at >= :from and paged_at < :to group by schedule_id, team_id, week, band""")
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query((rs, n) -> new Count(rs.getObject("schedule_id", UUID.class), rs.getObject("team_id", UUID.class),
					InsightWeek.parse(rs.getString("week")),
					InterruptionBand.valueOf(rs.getString("band").toUpperCase()), rs.getInt("pages")))
			.list();
	}

	/**
	 * Pages of one rotation (or a team's "no rotation") in one ISO week and band.
	 *
	 * @param schedule the schedule, null for none
	 * @param team the team
	 * @param week the ISO week on the rotation's wall clock
	 * @param band the band
	 * @param pages how many
	 */
	record Count(@Nullable UUID schedule, UUID team, InsightWeek week, InterruptionBand band, int pages) {
	}

}
