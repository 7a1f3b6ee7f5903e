package dev.sharpend.alert;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queries behind the alert pages: filtered, ordered and paged. */
@Repository
class AlertBoardRepository {

	private static final String GROUPS = """
			select g.id, g.integration_id, g.group_key, g.title, g.status, g.opened_at, g.updated_at,
			    g.acknowledged_at, g.acknowledged_by, g.resolved_at, g.resolved_by, g.incident_number,
			    g.incident_open, coalesce(c.firing, 0) as firing, coalesce(c.total, 0) as total, c.last_seen,
			    c.started_at, coalesce(c.firing_severity, c.any_severity) as severity_mark
			from alert_group g left join (
			    select group_id, count(*) as total, sum(case when status = 'firing' then 1 else 0 end) as firing,
			        max(last_seen) as last_seen, min(starts_at) as started_at,
			        min(case when status = 'firing' then %1$s end) as firing_severity, min(%1$s) as any_severity
			    from alert where group_id is not null group by group_id) c on c.group_id = g.id
			""".formatted(AlertSeverity.SQL_MARK);

	/**
	 * Open groups first, the ones nobody has taken before those someone is on; among them
	 * the most severe first, then the longest-standing (since its earliest alert began).
	 * Resolved groups last, the latest resolved first.
	 */
	private static final String GROUP_ORDER = " " + """
			order by case g.status when 'triggered' then 0 when 'acknowledged' then 1 else 2 end,
			    case when g.status <> 'resolved' then coalesce(c.firing_severity, c.any_severity, '9') end,
			    case when g.status <> 'resolved' then
			        (case when c.started_at < g.opened_at then c.started_at else g.opened_at end) end,
			    g.resolved_at desc, g.id desc""";

	private final JdbcClient jdbc;

	AlertBoardRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AlertBoard.GroupRow> groups(AlertBoard.GroupQuery query, int offset, int limit) {
		return bind(
				this.jdbc
					.sql(GROUPS + groupWhere(query) + GROUP_ORDER + " offset :offset rows fetch next :limit rows only"),
				query)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, row) -> new AlertBoard.GroupRow(AlertGroupRepository.map(rs, row),
					Timestamps.fromColumn(rs, "last_seen")))
			.list();
	}

	long countGroups(AlertBoard.GroupQuery query) {
		return bind(this.jdbc.sql("select count(*) from alert_group g" + groupWhere(query)), query).query(Long.class)
			.single();
	}

	Optional<AlertBoard.GroupRow> group(long id) {
		return this.jdbc.sql(GROUPS + " where g.id = :id")
			.param("id", id)
			.query((rs, row) -> new AlertBoard.GroupRow(AlertGroupRepository.map(rs, row),
					Timestamps.fromColumn(rs, "last_seen")))
			.optional();
	}

	List<Alert> alertsOf(long groupId) {
		return this.jdbc
			.sql("select * from alert where group_id = :group order by case status when 'firing' then 0 else 1 end,"
					+ " last_seen desc, id desc")
			.param("group", groupId)
			.query(AlertRepository::map)
			.list();
	}

	List<Alert> alerts(AlertBoard.AlertQuery query, int offset, int limit) {
		return bind(this.jdbc.sql("select * from alert" + alertWhere(query)
				+ " order by last_seen desc, id desc offset :offset rows fetch next :limit rows only"), query)
			.param("offset", offset)
			.param("limit", limit)
			.query(AlertRepository::map)
			.list();
	}

	long countAlerts(AlertBoard.AlertQuery query) {
		return bind(this.jdbc.sql("select count(*) from alert" + alertWhere(query)), query).query(Long.class).single();
	}

	/**
	 * How many firing alerts each suppression marker (such as {@code silence:4}) holds
	 * back.
	 */
	Map<String, Long> suppressedCounts() {
		Map<String, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select suppressed_by, count(*) as n from alert where status = 'firing' and suppressed_by is not null"
					+ " group by suppressed_by")
			.query((rs) -> {
				counts.put(rs.getString("suppressed_by"), rs.getLong("n"));
			});
		return counts;
	}

	Map<UUID, Long> openGroupCounts() {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select integration_id, count(*) as n from alert_group where status <> 'resolved'"
					+ " group by integration_id")
			.query((rs) -> {
				counts.put(rs.getObject("integration_id", UUID.class), rs.getLong("n"));
			});
		return counts;
	}

	private static String groupWhere(AlertBoard.GroupQuery query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.open()) {
			where.append(" and g.status <> 'resolved'");
		}
		else if (query.status() != null) {
			where.append(" and g.status = :status");
		}
		if (query.integration() != null) {
			where.append(" and g.integration_id = :integration");
		}
		return where.toString();
	}

	private static String alertWhere(AlertBoard.AlertQuery query) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (query.view() != null) {
			where.append(switch (query.view()) {
				case FIRING -> " and status = 'firing' and suppressed_by is null";
				case SUPPRESSED -> " and status = 'firing' and suppressed_by is not null";
				case RESOLVED -> " and status = 'resolved'";
			});
		}
		if (query.integration() != null) {
			where.append(" and integration_id = :integration");
		}
		return where.toString();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AlertBoard.GroupQuery query) {
		if (query.status() != null && !query.open()) {
			spec = spec.param("status", query.status().code());
		}
		return (query.integration() != null) ? spec.param("integration", query.integration()) : spec;
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AlertBoard.AlertQuery query) {
		return (query.integration() != null) ? spec.param("integration", query.integration()) : spec;
	}

}
