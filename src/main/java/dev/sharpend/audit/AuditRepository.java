package dev.sharpend.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.StringUtils;

/** Appends to and reads the audit log; it has no update or delete on purpose. */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(AuditEvent event) {
		this.jdbc.sql("""
				insert into audit_event (occurred_at, actor_type, actor_id, actor_name, action, target_type,
				    target_id, summary, client_address)
				values (:occurredAt, :actorType, :actorId, :actorName, :action, :targetType, :targetId, :summary,
				    :clientAddress)""")
			.param("occurredAt", Timestamps.toColumn(event.occurredAt()))
			.param("actorType", event.actorType())
			.param("actorId", event.actorId())
			.param("actorName", event.actorName())
			.param("action", event.action())
			.param("targetType", event.targetType())
			.param("targetId", event.targetId())
			.param("summary", event.summary())
			.param("clientAddress", event.clientAddress())
			.update();
	}

	List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
		Where where = where(filter);
		return this.jdbc
			.sql("select * from audit_event" + where.sql
					+ " order by id desc offset :offset rows fetch next :limit rows only")
			.params(where.params)
			.param("offset", offset)
			.param("limit", limit)
			.query(AuditRepository::map)
			.list();
	}

	long count(AuditFilter filter) {
		Where where = where(filter);
		return this.jdbc.sql("select count(*) from audit_event" + where.sql)
			.params(where.params)
			.query(Long.class)
			.single();
	}

	private static Where where(AuditFilter filter) {
		List<String> clauses = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (StringUtils.hasText(filter.actor())) {
			clauses.add("lower(actor_name) like :actor");
			params.put("actor", "%" + filter.actor().toLowerCase() + "%");
		}
		if (StringUtils.hasText(filter.action())) {
			clauses.add("action like :action");
			params.put("action", filter.action() + "%");
		}
		if (StringUtils.hasText(filter.targetType())) {
			clauses.add("target_type = :targetType");
			params.put("targetType", filter.targetType());
		}
		if (filter.from() != null) {
			clauses.add("occurred_at >= :from");
			params.put("from", Timestamps.toColumn(filter.from()));
		}
		if (filter.to() != null) {
			clauses.add("occurred_at < :to");
			params.put("to", Timestamps.toColumn(filter.to()));
		}
		String sql = clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
		return new Where(sql, params);
	}

	private static AuditEvent map(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), Timestamps.fromColumn(rs, "occurred_at"), rs.getString("actor_type"),
				rs.getString("actor_id"), rs.getString("actor_name"), rs.getString("action"),
				rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"),
				rs.getString("client_address"));
	}

	private record Where(String sql, Map<String, Object> params) {
	}

}
