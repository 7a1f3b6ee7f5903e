package dev.sharpend.statuspage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores notices (status incidents and maintenances) with their updates and affected
 * components.
 */
@Repository
class NoticeRepository {

	private final JdbcClient jdbc;

	NoticeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Notice> findById(NoticeId id) {
		return load("select * from sp_incident where id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	/** The most recent notices of a kind on a page, newest first. */
	List<Notice> findRecent(PageId page, NoticeKind kind, int limit) {
		return load("""
				select * from sp_incident where page_id = :page and kind = :kind
				order by coalesce(scheduled_for, started_at) desc, created_at desc fetch first %d rows only"""
			.formatted(limit), Map.of("page", page.value(), "kind", kind.name()));
	}

	/**
	 * One page of all notices of a status page, newest created first (the compatible
	 * API's order).
	 */
	List<Notice> findCreatedPage(PageId page, int offset, int limit) {
		return load("""
				select * from sp_incident where page_id = :page
				order by created_at desc, id desc offset %d rows fetch next %d rows only""".formatted(offset, limit),
				Map.of("page", page.value()));
	}

	/** Deletes a notice; its updates and affected components go with it. */
	void delete(NoticeId id) {
		this.jdbc.sql("delete from sp_incident where id = :id").param("id", id.value()).update();
	}

	/**
	 * Notices of a page that started (or are scheduled) since a time, newest first, at
	 * most {@code limit}.
	 */
	List<Notice> findSince(PageId page, Instant since, int limit) {
		return load("""
				select * from sp_incident where page_id = :page and coalesce(scheduled_for, started_at) >= :since
				order by coalesce(scheduled_for, started_at) desc, created_at desc fetch first %d rows only"""
			.formatted(limit), Map.of("page", page.value(), "since", Timestamps.toColumn(since)));
	}

	/** Maintenances whose automatic start or completion is due at {@code now}. */
	List<Notice> findDueMaintenances(Instant now) {
		return load(
				"""
						select * from sp_incident where kind = 'MAINTENANCE'
						  and ((status = 'scheduled' and auto_in_progress = true and scheduled_for <= :now)
						    or (status in ('scheduled', 'in_progress', 'verifying') and auto_completed = true and scheduled_until <= :now))
						order by scheduled_for""",
				Map.of("now", Timestamps.toColumn(now)));
	}

	/**
	 * Stores a notice. An existing notice is only updated while its stored status is
	 * still the one it was read with, so two nodes (or two requests) that read the same
	 * notice cannot both move it on: the second one is refused and its transaction rolls
	 * back.
	 */
	void save(Notice notice) {
		Map<String, Object> p = columns(notice);
		if (notice.storedStatus() == null) {
			insert(p);
		}
		else {
			p.put("storedStatus", notice.storedStatus().code());
			int updated = this.jdbc
				.sql("""
						update sp_incident set name = :name, status = :status, impact = :impact, impact_override = :override,
						    peak_impact = :peak,
						    updated_at = :updatedAt, started_at = :startedAt, monitoring_at = :monitoringAt,
						    resolved_at = :resolvedAt, scheduled_for = :scheduledFor, scheduled_until = :scheduledUntil,
						    auto_in_progress = :autoInProgress, auto_completed = :autoCompleted, auto_components = :autoComponents,
						    postmortem_url = :postmortemUrl, backfilled = :backfilled
						where id = :id and status = :storedStatus""")
				.params(p)
				.update();
			if (updated == 0) {
				throw RequestRejected.conflict("status",
						"This notice was changed by someone else meanwhile (it is no longer "
								+ notice.storedStatus().code() + "); reload it and try again.");
			}
		}
		this.jdbc.sql("delete from sp_incident_component where incident_id = :id")
			.param("id", notice.id().value())
			.update();
		notice.affected()
			.forEach((component, previous) -> this.jdbc.sql("""
					insert into sp_incident_component (incident_id, component_id, previous_status)
					values (:id, :component, :previous)""")
				.param("id", notice.id().value())
				.param("component", component.value())
				.param("previous", (previous != null) ? previous.code() : null)
				.update());
		for (NoticeUpdate update : notice.unsavedUpdates()) {
			insertUpdate(notice.id(), update);
		}
		notice.markSaved();
	}

	/**
	 * Locks a stored notice's row for this transaction if it still has the status it was
	 * read with, so a second mover waits here and then backs off before touching anything
	 * else.
	 */
	void claim(Notice notice) {
		if (notice.storedStatus() == null) {
			return;
		}
		int claimed = this.jdbc.sql("update sp_incident set status = status where id = :id and status = :stored")
			.param("id", notice.id().value())
			.param("stored", notice.storedStatus().code())
			.update();
		if (claimed == 0) {
			throw RequestRejected.conflict("status",
					"This notice was changed by someone else meanwhile (it is no longer " + notice.storedStatus().code()
							+ "); reload it and try again.");
		}
	}

	private void insert(Map<String, Object> p) {
		this.jdbc
			.sql("""
					insert into sp_incident (id, page_id, kind, name, status, impact, impact_override, peak_impact, created_at, updated_at,
					    started_at, monitoring_at, resolved_at, scheduled_for, scheduled_until, auto_in_progress,
					    auto_completed, auto_components, postmortem_url, backfilled)
					values (:id, :page, :kind, :name, :status, :impact, :override, :peak, :createdAt, :updatedAt, :startedAt,
					    :monitoringAt, :resolvedAt, :scheduledFor, :scheduledUntil, :autoInProgress, :autoCompleted,
					    :autoComponents, :postmortemUrl, :backfilled)""")
			.params(p)
			.update();
	}

	private void insertUpdate(NoticeId notice, NoticeUpdate update) {
		this.jdbc.sql("""
				insert into sp_incident_update (id, incident_id, status, body, created_at, updated_at, display_at,
				    deliver_notifications)
				values (:id, :notice, :status, :body, :createdAt, :createdAt, :displayAt, :deliver)""")
			.param("id", update.id())
			.param("notice", notice.value())
			.param("status", update.status().code())
			.param("body", update.body())
			.param("createdAt", Timestamps.toColumn(update.createdAt()))
			.param("displayAt", Timestamps.toColumn(update.displayAt()))
			.param("deliver", update.deliverNotifications())
			.update();
		for (NoticeUpdate.ComponentChange change : update.componentChanges()) {
			this.jdbc.sql("""
					insert into sp_update_component (update_id, component_id, name, old_status, new_status)
					values (:update, :component, :name, :old, :new)""")
				.param("update", update.id())
				.param("component", change.component().value())
				.param("name", change.name())
				.param("old", change.oldStatus().code())
				.param("new", change.newStatus().code())
				.update();
		}
	}

	private List<Notice> load(String sql, Map<String, Object> params) {
		List<Notice.Stored> rows = this.jdbc.sql(sql).params(params).query(NoticeRepository::map).list();
		if (rows.isEmpty()) {
			return List.of();
		}
		List<String> ids = rows.stream().map((r) -> r.id().value()).toList();
		Map<String, List<NoticeUpdate>> updates = updatesOf(ids);
		Map<String, Map<ComponentId, ComponentStatus>> affected = affectedOf(ids);
		List<Notice> notices = new ArrayList<>();
		for (Notice.Stored row : rows) {
			notices.add(Notice.restore(row, updates.getOrDefault(row.id().value(), List.of()),
					affected.getOrDefault(row.id().value(), Map.of())));
		}
		return notices;
	}

	private Map<String, List<NoticeUpdate>> updatesOf(List<String> ids) {
		Map<String, List<NoticeUpdate.ComponentChange>> changes = new HashMap<>();
		this.jdbc.sql("""
				select uc.* from sp_update_component uc join sp_incident_update u on u.id = uc.update_id
				where u.incident_id in (:ids)""").param("ids", ids).query((rs) -> {
			changes.computeIfAbsent(rs.getString("update_id"), (k) -> new ArrayList<>())
				.add(new NoticeUpdate.ComponentChange(new ComponentId(rs.getString("component_id")),
						rs.getString("name"),
						WireCode.find(ComponentStatus.class, rs.getString("old_status")).orElseThrow(),
						WireCode.find(ComponentStatus.class, rs.getString("new_status")).orElseThrow()));
		});
		Map<String, List<NoticeUpdate>> updates = new HashMap<>();
		this.jdbc.sql(
				"select * from sp_incident_update where incident_id in (:ids) order by display_at desc, created_at desc")
			.param("ids", ids)
			.query((rs) -> {
				String id = rs.getString("id");
				updates.computeIfAbsent(rs.getString("incident_id"), (k) -> new ArrayList<>())
					.add(new NoticeUpdate(id, WireCode.find(NoticeStatus.class, rs.getString("status")).orElseThrow(),
							rs.getString("body"), Timestamps.fromColumn(rs, "created_at"),
							Timestamps.fromColumn(rs, "display_at"), rs.getBoolean("deliver_notifications"),
							changes.getOrDefault(id, List.of())));
			});
		return updates;
	}

	private Map<String, Map<ComponentId, ComponentStatus>> affectedOf(List<String> ids) {
		Map<String, Map<ComponentId, ComponentStatus>> affected = new HashMap<>();
		this.jdbc.sql("select * from sp_incident_component where incident_id in (:ids)")
			.param("ids", ids)
			.query((rs) -> {
				String previous = rs.getString("previous_status");
				affected.computeIfAbsent(rs.getString("incident_id"), (k) -> new LinkedHashMap<>())
					.put(new ComponentId(rs.getString("component_id")),
							(previous != null) ? WireCode.find(ComponentStatus.class, previous).orElse(null) : null);
			});
		return affected;
	}

	private static Map<String, Object> columns(Notice n) {
		Map<String, Object> p = new HashMap<>();
		Schedule s = n.schedule();
		p.put("id", n.id().value());
		p.put("page", n.page().value());
		p.put("kind", n.kind().name());
		p.put("name", n.name());
		p.put("status", n.status().code());
		p.put("impact", n.impact().code());
		p.put("override", (n.impactOverride() != null) ? n.impactOverride().code() : null);
		p.put("peak", (n.peakImpact() != null) ? n.peakImpact().code() : null);
		p.put("createdAt", Timestamps.toColumn(n.createdAt()));
		p.put("updatedAt", Timestamps.toColumn(n.updatedAt()));
		p.put("startedAt", Timestamps.toColumn(n.startedAt()));
		p.put("monitoringAt", Timestamps.toColumn(n.monitoringAt()));
		p.put("resolvedAt", Timestamps.toColumn(n.resolvedAt()));
		p.put("scheduledFor", (s != null) ? Timestamps.toColumn(s.scheduledFor()) : null);
		p.put("scheduledUntil", (s != null) ? Timestamps.toColumn(s.scheduledUntil()) : null);
		p.put("autoInProgress", s != null && s.autoInProgress());
		p.put("autoCompleted", s != null && s.autoCompleted());
		p.put("autoComponents", s != null && s.autoComponents());
		p.put("postmortemUrl", n.postmortemUrl());
		p.put("backfilled", n.backfilled());
		return p;
	}

	private static Notice.Stored map(ResultSet rs, int row) throws SQLException {
		Instant scheduledFor = Timestamps.fromColumn(rs, "scheduled_for");
		Schedule schedule = (scheduledFor != null) ? new Schedule(scheduledFor,
				Timestamps.fromColumn(rs, "scheduled_until"), rs.getBoolean("auto_in_progress"),
				rs.getBoolean("auto_completed"), rs.getBoolean("auto_components")) : null;
		String override = rs.getString("impact_override");
		String peak = rs.getString("peak_impact");
		return new Notice.Stored(new NoticeId(rs.getString("id")), new PageId(rs.getString("page_id")),
				NoticeKind.valueOf(rs.getString("kind")), rs.getString("name"),
				WireCode.find(NoticeStatus.class, rs.getString("status")).orElseThrow(),
				WireCode.find(Impact.class, rs.getString("impact")).orElse(Impact.NONE),
				(override != null) ? WireCode.find(Impact.class, override).orElse(null) : null,
				(peak != null) ? WireCode.find(Impact.class, peak).orElse(null) : null,
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "updated_at"),
				Timestamps.fromColumn(rs, "started_at"), Timestamps.fromColumn(rs, "monitoring_at"),
				Timestamps.fromColumn(rs, "resolved_at"), schedule, rs.getString("postmortem_url"),
				rs.getBoolean("backfilled"));
	}

}
