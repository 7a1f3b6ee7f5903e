package dev.sharpend.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AlertGroupRepository {

	private static final String SELECT = """
			select g.id, g.integration_id, g.group_key, g.title, g.status, g.opened_at, g.updated_at,
			    g.acknowledged_at, g.acknowledged_by, g.resolved_at, g.resolved_by, g.incident_number,
			    g.incident_open, coalesce(c.firing, 0) as firing, coalesce(c.total, 0) as total, c.started_at,
			    coalesce(c.firing_severity, c.any_severity) as severity_mark
			from alert_group g left join (
			    select group_id, count(*) as total, sum(case when status = 'firing' then 1 else 0 end) as firing,
			        min(starts_at) as started_at,
			        min(case when status = 'firing' then %1$s end) as firing_severity, min(%1$s) as any_severity
			    from alert where group_id is not null group by group_id) c on c.group_id = g.id
			""".formatted(AlertSeverity.SQL_MARK);

	private final JdbcClient jdbc;

	AlertGroupRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The id of the open group an alert with this key joins, read without counting its
	 * alerts (which grows with every alert stored).
	 */
	Optional<Long> findJoinableId(UUID integration, String groupKey, Instant openedAfter) {
		return this.jdbc.sql("""
				select id from alert_group where integration_id = :integration and group_key = :key
				  and status <> 'resolved' and opened_at >= :after order by opened_at desc fetch first 1 rows only""")
			.param("integration", integration)
			.param("key", groupKey)
			.param("after", Timestamps.toColumn(openedAfter))
			.query(Long.class)
			.optional();
	}

	Optional<AlertGroup> findById(long id) {
		return this.jdbc.sql(SELECT + " where g.id = :id").param("id", id).query(AlertGroupRepository::map).optional();
	}

	long open(UUID integration, String groupKey, String title, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into alert_group (integration_id, group_key, title, status, opened_at, updated_at)
				values (:integration, :key, :title, 'triggered', :now, :now)""")
			.param("integration", integration)
			.param("key", groupKey)
			.param("title", title)
			.param("now", Timestamps.toColumn(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void join(long alertId, long groupId) {
		this.jdbc.sql("update alert set group_id = :group where id = :id")
			.param("group", groupId)
			.param("id", alertId)
			.update();
	}

	/**
	 * Reopens a resolved group, or touches an open one, when one of its alerts fires
	 * again.
	 */
	void retrigger(long groupId, Instant now) {
		this.jdbc.sql("""
				update alert_group set status = case when status = 'resolved' then 'triggered' else status end,
				    resolved_at = null, resolved_by = null, updated_at = :now where id = :id""")
			.param("id", groupId)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	boolean acknowledge(long groupId, String by, Instant now) {
		return this.jdbc.sql("""
				update alert_group set status = 'acknowledged', acknowledged_at = :now, acknowledged_by = :by,
				    updated_at = :now where id = :id and status = 'triggered'""")
			.param("id", groupId)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update() > 0;
	}

	boolean unacknowledge(long groupId, Instant acknowledgedAt, Instant now) {
		return this.jdbc.sql("""
				update alert_group set status = 'triggered', acknowledged_at = null, acknowledged_by = null,
				    updated_at = :now where id = :id and status = 'acknowledged' and acknowledged_at = :at""")
			.param("id", groupId)
			.param("at", Timestamps.toColumn(acknowledgedAt))
			.param("now", Timestamps.toColumn(now))
			.update() > 0;
	}

	boolean resolve(long groupId, String by, Instant now) {
		return this.jdbc.sql("""
				update alert_group set status = 'resolved', resolved_at = :now, resolved_by = :by, updated_at = :now
				where id = :id and status <> 'resolved'""")
			.param("id", groupId)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update() > 0;
	}

	List<AlertGroup> find(AlertGroupStatus status, int offset, int limit) {
		String where = (status != null) ? " where g.status = :status" : "";
		return this.jdbc
			.sql(SELECT + where
					+ " order by g.updated_at desc, g.id desc offset :offset rows fetch next :limit rows only")
			.param("status", (status != null) ? status.code() : "")
			.param("offset", offset)
			.param("limit", limit)
			.query(AlertGroupRepository::map)
			.list();
	}

	List<AlertGroup> oldest(AlertGroupStatus status, int limit) {
		return this.jdbc.sql(SELECT + " where g.status = :status"
				+ " order by least(coalesce(c.started_at, g.opened_at), g.opened_at), g.id fetch first :limit rows only")
			.param("status", status.code())
			.param("limit", limit)
			.query(AlertGroupRepository::map)
			.list();
	}

	Optional<Long> groupOf(UUID integration, String fingerprint) {
		return this.jdbc
			.sql("select group_id from alert where integration_id = :integration and fingerprint = :fingerprint")
			.param("integration", integration)
			.param("fingerprint", fingerprint)
			.query((rs, row) -> rs.getObject("group_id", Long.class))
			.list()
			.stream()
			.filter((id) -> id != null)
			.findFirst();
	}

	/**
	 * Hands the group to an incident unless another open incident has it.
	 * @return the open incident that has it, if another one does
	 */
	Optional<Long> handTo(long groupId, long incident) {
		int taken = this.jdbc.sql("""
				update alert_group set incident_number = :incident, incident_open = true
				where id = :id and (incident_number is null or incident_open = false or incident_number = :incident)""")
			.param("id", groupId)
			.param("incident", incident)
			.update();
		if (taken > 0) {
			return Optional.empty();
		}
		return this.jdbc.sql("select incident_number from alert_group where id = :id")
			.param("id", groupId)
			.query(Long.class)
			.optional();
	}

	void incidentOpen(long incident, boolean open) {
		this.jdbc.sql("update alert_group set incident_open = :open where incident_number = :incident")
			.param("incident", incident)
			.param("open", open)
			.update();
	}

	/** The rule keys, severity labels and annotations of a group's alerts. */
	List<Alert> alerts(long groupId) {
		return this.jdbc.sql("select * from alert where group_id = :group order by starts_at, id")
			.param("group", groupId)
			.query(AlertRepository::map)
			.list();
	}

	long count(AlertGroupStatus status) {
		String where = (status != null) ? " where status = :status" : "";
		return this.jdbc.sql("select count(*) from alert_group" + where)
			.param("status", (status != null) ? status.code() : "")
			.query(Long.class)
			.single();
	}

	static AlertGroup map(ResultSet rs, int row) throws SQLException {
		return new AlertGroup(rs.getLong("id"), rs.getObject("integration_id", UUID.class), rs.getString("group_key"),
				rs.getString("title"), WireCode.find(AlertGroupStatus.class, rs.getString("status")).orElseThrow(),
				Timestamps.fromColumn(rs, "opened_at"), Timestamps.fromColumn(rs, "updated_at"),
				Timestamps.fromColumn(rs, "acknowledged_at"), rs.getString("acknowledged_by"),
				Timestamps.fromColumn(rs, "resolved_at"), rs.getString("resolved_by"), rs.getInt("firing"),
				rs.getInt("total"), Timestamps.fromColumn(rs, "started_at"),
				rs.getObject("incident_number", Long.class), rs.getBoolean("incident_open"),
				severity(rs.getString("severity_mark")));
	}

	/** The label of a severity mark (see {@link AlertSeverity#SQL_MARK}). */
	private static String severity(String mark) {
		return (mark != null && mark.length() > 1) ? mark.substring(1) : null;
	}

}
