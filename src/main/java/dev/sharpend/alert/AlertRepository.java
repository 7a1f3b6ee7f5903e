package dev.sharpend.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AlertRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
	};

	private static final int IN_CHUNK = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	AlertRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private static final String STATE = "select id, fingerprint, rule_key, status, content_hash, group_id, suppressed_by from alert";

	/**
	 * What intake needs of the stored alerts of an integration with these fingerprints.
	 */
	List<AlertState> findStates(UUID integration, List<String> fingerprints) {
		List<AlertState> found = new java.util.ArrayList<>();
		for (int from = 0; from < fingerprints.size(); from += IN_CHUNK) {
			found
				.addAll(this.jdbc.sql(STATE + " where integration_id = :integration and fingerprint in (:fingerprints)")
					.param("integration", integration)
					.param("fingerprints", fingerprints.subList(from, Math.min(fingerprints.size(), from + IN_CHUNK)))
					.query(AlertRepository::mapState)
					.list());
		}
		return found;
	}

	Optional<AlertState> findState(UUID integration, String fingerprint) {
		return this.jdbc.sql(STATE + " where integration_id = :integration and fingerprint = :fingerprint")
			.param("integration", integration)
			.param("fingerprint", fingerprint)
			.query(AlertRepository::mapState)
			.optional();
	}

	/**
	 * Stores new alerts of an integration in one round trip, already grouped and marked
	 * suppressed as they need to be.
	 */
	void insertAll(UUID integration, List<NewAlert> alerts, Instant now) {
		// positional arguments: a named-parameter map per row was a third of the insert's
		// time
		Object seen = Timestamps.toColumn(now);
		List<Object[]> rows = alerts.stream().map((a) -> {
			IncomingAlert in = a.alert();
			return new Object[] { integration, in.effectiveFingerprint(), a.ruleKey(), in.status().code(), in.title(),
					in.severity(), JSON.writeValueAsString(in.labels()), JSON.writeValueAsString(in.annotations()),
					Timestamps.toColumn(in.startsAt()), Timestamps.toColumn(in.endsAt()), in.sourceUrl(), in.raw(),
					seen, seen, in.contentHash(), a.groupId(), a.suppressedBy() };
		}).toList();
		this.batch.getJdbcTemplate().batchUpdate("""
				insert into alert (integration_id, fingerprint, rule_key, status, title, severity, labels, annotations,
				    starts_at, ends_at, source_url, raw_payload, first_seen, last_seen, occurrences, content_hash,
				    group_id, suppressed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""", rows);
	}

	/**
	 * Applies a re-sent alert: its status, times, labels, annotations and the receipt
	 * count.
	 */
	void update(long id, IncomingAlert in, Instant now, boolean refired) {
		this.jdbc.sql("""
				update alert set status = :status, title = :title, severity = :severity, labels = :labels,
				    annotations = :annotations,
				    starts_at = :startsAt, ends_at = :endsAt, source_url = :sourceUrl, raw_payload = :raw,
				    last_seen = :now, occurrences = occurrences + :refired, content_hash = :hash
				where id = :id""")
			.param("id", id)
			.param("status", in.status().code())
			.param("title", in.title())
			.param("severity", in.severity())
			.param("labels", JSON.writeValueAsString(in.labels()))
			.param("annotations", JSON.writeValueAsString(in.annotations()))
			.param("startsAt", Timestamps.toColumn(in.startsAt()))
			.param("endsAt", Timestamps.toColumn(in.endsAt()))
			.param("sourceUrl", in.sourceUrl())
			.param("raw", in.raw())
			.param("now", Timestamps.toColumn(now))
			.param("refired", refired ? 1 : 0)
			.param("hash", in.contentHash())
			.update();
	}

	void suppress(long id, String by) {
		this.jdbc.sql("update alert set suppressed_by = :by where id = :id").param("id", id).param("by", by).update();
	}

	void acknowledge(long id, Instant now) {
		this.jdbc
			.sql("update alert set acknowledged_at = :now, last_seen = :now where id = :id and acknowledged_at is null")
			.param("id", id)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	void resolve(long id, Instant now) {
		this.jdbc.sql("""
				update alert set status = 'resolved', ends_at = :now, last_seen = :now, content_hash = null
				where id = :id""").param("id", id).param("now", Timestamps.toColumn(now)).update();
	}

	List<Alert> find(AlertStatus status, int offset, int limit) {
		String where = (status != null) ? " where status = :status" : "";
		return this.jdbc
			.sql("select * from alert" + where
					+ " order by last_seen desc, id desc offset :offset rows fetch next :limit rows only")
			.param("status", (status != null) ? status.code() : "")
			.param("offset", offset)
			.param("limit", limit)
			.query(AlertRepository::map)
			.list();
	}

	long count(AlertStatus status) {
		String where = (status != null) ? " where status = :status" : "";
		return this.jdbc.sql("select count(*) from alert" + where)
			.param("status", (status != null) ? status.code() : "")
			.query(Long.class)
			.single();
	}

	private static AlertState mapState(ResultSet rs, int row) throws SQLException {
		return new AlertState(rs.getLong("id"), rs.getString("fingerprint"), rs.getString("rule_key"),
				WireCode.find(AlertStatus.class, rs.getString("status")).orElseThrow(), rs.getString("content_hash"),
				rs.getObject("group_id", Long.class), rs.getString("suppressed_by"));
	}

	static Alert map(ResultSet rs, int row) throws SQLException {
		return new Alert(rs.getLong("id"), rs.getObject("integration_id", UUID.class), rs.getString("fingerprint"),
				rs.getString("rule_key"), WireCode.find(AlertStatus.class, rs.getString("status")).orElseThrow(),
				rs.getString("title"), rs.getString("severity"), JSON.readValue(rs.getString("labels"), STRING_MAP),
				JSON.readValue(rs.getString("annotations"), STRING_MAP), Timestamps.fromColumn(rs, "starts_at"),
				Timestamps.fromColumn(rs, "ends_at"), rs.getString("source_url"),
				Timestamps.fromColumn(rs, "first_seen"), Timestamps.fromColumn(rs, "last_seen"),
				rs.getLong("occurrences"), rs.getObject("group_id", Long.class), rs.getString("suppressed_by"));
	}

	/**
	 * A new alert waiting to be inserted with others.
	 *
	 * @param alert the alert as delivered
	 * @param ruleKey its alert rule
	 * @param groupId the group it joins, or null
	 * @param suppressedBy what suppresses it, or null
	 */
	record NewAlert(IncomingAlert alert, String ruleKey, Long groupId, String suppressedBy) {
	}

}
