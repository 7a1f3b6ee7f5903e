package dev.sharpend.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class HeartbeatRepository {

	private static final String SELECT = """
			select h.*, i.name, i.key_hint from alert_heartbeat h join alert_integration i on i.id = h.id""";

	private final JdbcClient jdbc;

	HeartbeatRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Heartbeat heartbeat) {
		this.jdbc.sql("""
				insert into alert_heartbeat (id, interval_seconds, grace_seconds, watch_integration_id,
				    watch_alertname, due_at, created_at)
				values (:id, :interval, :grace, :watchIntegration, :watchAlertname, :due, :createdAt)""")
			.params(expectation(heartbeat))
			.param("createdAt", Timestamps.toColumn(heartbeat.createdAt()))
			.update();
	}

	/** Changes what the heartbeat expects; when it is due follows. */
	void update(Heartbeat heartbeat) {
		this.jdbc.sql("""
				update alert_heartbeat set interval_seconds = :interval, grace_seconds = :grace,
				    watch_integration_id = :watchIntegration, watch_alertname = :watchAlertname, due_at = :due
				where id = :id""").params(expectation(heartbeat)).update();
	}

	/** The columns insert and update both write: what the heartbeat expects and when. */
	private static Map<String, @Nullable Object> expectation(Heartbeat heartbeat) {
		Map<String, @Nullable Object> columns = new HashMap<>();
		columns.put("id", heartbeat.id());
		columns.put("interval", (int) heartbeat.interval().toSeconds());
		columns.put("grace", (int) heartbeat.grace().toSeconds());
		columns.put("watchIntegration", (heartbeat.watch() != null) ? heartbeat.watch().integration() : null);
		columns.put("watchAlertname", (heartbeat.watch() != null) ? heartbeat.watch().alertname() : null);
		columns.put("due", Timestamps.toColumn(heartbeat.dueAt()));
		return columns;
	}

	void delete(UUID id) {
		this.jdbc.sql("delete from alert_heartbeat where id = :id").param("id", id).update();
	}

	Optional<Heartbeat> findById(UUID id) {
		return this.jdbc.sql(SELECT + " where h.id = :id").param("id", id).query(HeartbeatRepository::map).optional();
	}

	List<Heartbeat> findAll() {
		return this.jdbc.sql(SELECT + " order by i.name, h.created_at").query(HeartbeatRepository::map).list();
	}

	/** The heartbeats that watch for an alert. */
	List<Heartbeat> watching() {
		return this.jdbc.sql(SELECT + " where h.watch_integration_id is not null")
			.query(HeartbeatRepository::map)
			.list();
	}

	boolean watched(UUID integration, String alertname, UUID except) {
		return this.jdbc.sql("""
				select count(*) from alert_heartbeat
				where watch_integration_id = :integration and watch_alertname = :alertname and id <> :except""")
			.param("integration", integration)
			.param("alertname", alertname)
			.param("except", except)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Notes a signal (never moving the last one back) and when the heartbeat is due next.
	 * @return whether it is silent, so its group can resolve; empty when there is no such
	 * heartbeat
	 */
	Optional<Boolean> signal(UUID id, Instant at) {
		Optional<Patience> patience = this.jdbc
			.sql("select interval_seconds + grace_seconds, silent_since from alert_heartbeat where id = :id")
			.param("id", id)
			.query((rs, n) -> new Patience(Duration.ofSeconds(rs.getLong(1)), rs.getObject(2) != null))
			.optional();
		patience.ifPresent((p) -> this.jdbc.sql("""
				update alert_heartbeat set last_signal_at = :at, due_at = :due
				where id = :id and (last_signal_at is null or last_signal_at < :at)""")
			.param("id", id)
			.param("at", Timestamps.toColumn(at))
			.param("due", Timestamps.toColumn(at.plus(p.patience())))
			.update());
		return patience.map(Patience::silent);
	}

	/**
	 * Locks up to {@code limit} heartbeats that must change state, until the caller's
	 * transaction ends: healthy ones past due, and silent ones whose signal came back.
	 * Other nodes skip them, so each change happens once. H2 (2.2 and later) understands
	 * {@code SKIP LOCKED} as PostgreSQL does.
	 */
	List<UUID> claimChanging(Instant now, int limit) {
		return this.jdbc.sql("""
				select id from alert_heartbeat
				where (silent_since is null and due_at < :now)
				   or (silent_since is not null and last_signal_at >= silent_since)
				order by due_at limit :limit for update skip locked""")
			.param("now", Timestamps.toColumn(now))
			.param("limit", limit)
			.query((rs, n) -> rs.getObject(1, UUID.class))
			.list();
	}

	/** Locks the heartbeat if its signal came back while it was silent. */
	Optional<UUID> claimRecovered(UUID id) {
		return this.jdbc.sql("""
				select id from alert_heartbeat
				where id = :id and silent_since is not null and last_signal_at >= silent_since
				for update skip locked""").param("id", id).query((rs, n) -> rs.getObject(1, UUID.class)).optional();
	}

	void silent(UUID id, Instant since) {
		this.jdbc.sql("update alert_heartbeat set silent_since = :since where id = :id")
			.param("id", id)
			.param("since", Timestamps.toColumn(since))
			.update();
	}

	void recovered(UUID id) {
		this.jdbc.sql("update alert_heartbeat set silent_since = null where id = :id").param("id", id).update();
	}

	long countSilent() {
		return this.jdbc.sql("select count(*) from alert_heartbeat where silent_since is not null")
			.query(Long.class)
			.single();
	}

	private static Heartbeat map(ResultSet rs, int row) throws SQLException {
		UUID watched = rs.getObject("watch_integration_id", UUID.class);
		return new Heartbeat(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_hint"),
				Duration.ofSeconds(rs.getInt("interval_seconds")), Duration.ofSeconds(rs.getInt("grace_seconds")),
				(watched != null) ? new Heartbeat.Watch(watched, rs.getString("watch_alertname")) : null,
				Timestamps.fromColumn(rs, "last_signal_at"), Timestamps.fromColumn(rs, "silent_since"),
				Timestamps.fromColumn(rs, "created_at"));
	}

	private record Patience(Duration patience, boolean silent) {
	}

}
