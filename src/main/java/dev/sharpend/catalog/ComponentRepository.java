package dev.sharpend.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ComponentRepository {

	private final JdbcClient jdbc;

	ComponentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Component> findByPage(PageId page) {
		return this.jdbc.sql("select * from sp_component where page_id = :page order by position, name")
			.param("page", page.value())
			.query(ComponentRepository::map)
			.list();
	}

	Optional<Component> findById(ComponentId id) {
		return this.jdbc.sql("select * from sp_component where id = :id")
			.param("id", id.value())
			.query(ComponentRepository::map)
			.optional();
	}

	int nextPosition(PageId page) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from sp_component where page_id = :page")
			.param("page", page.value())
			.query(Integer.class)
			.single();
	}

	void insert(Component c) {
		this.jdbc
			.sql("""
					insert into sp_component (id, page_id, group_id, is_group, name, description, status, position, showcase,
					    only_show_if_degraded, start_date, created_at, updated_at)
					values (:id, :page, :group, :isGroup, :name, :description, :status, :position, :showcase, :onlyDegraded,
					    :startDate, :createdAt, :updatedAt)""")
			.param("id", c.id().value())
			.param("page", c.page().value())
			.param("group", (c.groupId() != null) ? c.groupId().value() : null)
			.param("isGroup", c.group())
			.param("name", c.name())
			.param("description", c.description())
			.param("status", c.status().code())
			.param("position", c.position())
			.param("showcase", c.showcase())
			.param("onlyDegraded", c.onlyShowIfDegraded())
			.param("startDate", c.startDate())
			.param("createdAt", Timestamps.toColumn(c.createdAt()))
			.param("updatedAt", Timestamps.toColumn(c.updatedAt()))
			.update();
		openPeriod(c.id(), c.status(), c.createdAt());
	}

	void update(Component c) {
		this.jdbc
			.sql("""
					update sp_component set group_id = :group, name = :name, description = :description, position = :position,
					    showcase = :showcase, only_show_if_degraded = :onlyDegraded, start_date = :startDate,
					    updated_at = :updatedAt
					where id = :id""")
			.param("id", c.id().value())
			.param("group", (c.groupId() != null) ? c.groupId().value() : null)
			.param("name", c.name())
			.param("description", c.description())
			.param("position", c.position())
			.param("showcase", c.showcase())
			.param("onlyDegraded", c.onlyShowIfDegraded())
			.param("startDate", c.startDate())
			.param("updatedAt", Timestamps.toColumn(c.updatedAt()))
			.update();
	}

	/** Sets a status and records the change as history (closing the open period). */
	void changeStatus(ComponentId id, ComponentStatus status, Instant at) {
		this.jdbc.sql("update sp_component set status = :status, updated_at = :at where id = :id")
			.param("id", id.value())
			.param("status", status.code())
			.param("at", Timestamps.toColumn(at))
			.update();
		this.jdbc.sql("update sp_component_status set ended_at = :at where component_id = :id and ended_at is null")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.update();
		openPeriod(id, status, at);
	}

	/**
	 * Replaces what the history says for {@code [from, until)} (from {@code from} on when
	 * {@code until} is null) with one period in this status; a period reaching past
	 * {@code until} keeps its status from there on.
	 */
	void rewriteHistory(ComponentId id, ComponentStatus status, Instant from, Instant until) {
		List<Stored> overlapping = this.jdbc.sql("""
				select * from sp_component_status where component_id = :id
				and (ended_at is null or ended_at > :from) order by started_at""")
			.param("id", id.value())
			.param("from", Timestamps.toColumn(from))
			.query((rs, row) -> new Stored(rs.getLong("id"), period(rs, row)))
			.list()
			.stream()
			.filter((s) -> until == null || s.period().startedAt().isBefore(until))
			.toList();
		for (Stored stored : overlapping) {
			StatusPeriod p = stored.period();
			boolean startsBefore = p.startedAt().isBefore(from);
			boolean endsAfter = until != null && (p.endedAt() == null || p.endedAt().isAfter(until));
			if (startsBefore) {
				setPeriodTime(stored.id(), "ended_at", from);
			}
			else if (endsAfter) {
				setPeriodTime(stored.id(), "started_at", until);
			}
			else {
				this.jdbc.sql("delete from sp_component_status where id = :row").param("row", stored.id()).update();
			}
			if (startsBefore && endsAfter) {
				insertPeriod(id, p.status(), until, p.endedAt());
			}
		}
		insertPeriod(id, status, from, until);
	}

	/** The status history records at an instant, if any. */
	Optional<ComponentStatus> statusAt(ComponentId id, Instant at) {
		return this.jdbc.sql("""
				select status from sp_component_status where component_id = :id and started_at <= :at
				and (ended_at is null or ended_at > :at) order by started_at desc fetch first 1 rows only""")
			.param("id", id.value())
			.param("at", Timestamps.toColumn(at))
			.query((rs, row) -> WireCode.find(ComponentStatus.class, rs.getString("status"))
				.orElse(ComponentStatus.OPERATIONAL))
			.optional();
	}

	/**
	 * When the first change after {@code at} was recorded, or null when none was. The
	 * period a component was created with records no change.
	 */
	Instant nextChangeAfter(ComponentId id, Instant at) {
		return this.jdbc.sql("select started_at from sp_component_status where component_id = :id order by started_at")
			.param("id", id.value())
			.query((rs, row) -> Timestamps.fromColumn(rs, "started_at"))
			.list()
			.stream()
			.skip(1)
			.filter((start) -> start.isAfter(at))
			.findFirst()
			.orElse(null);
	}

	/** Sets the current status without touching the history. */
	void setCurrent(ComponentId id, ComponentStatus status, Instant at) {
		this.jdbc.sql("update sp_component set status = :status, updated_at = :at where id = :id")
			.param("id", id.value())
			.param("status", status.code())
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	private void setPeriodTime(long row, String column, Instant value) {
		this.jdbc.sql("update sp_component_status set " + column + " = :value where id = :row")
			.param("row", row)
			.param("value", Timestamps.toColumn(value))
			.update();
	}

	void delete(ComponentId id) {
		this.jdbc.sql("delete from sp_component where id = :id").param("id", id.value()).update();
	}

	/** Status periods of a page's components overlapping {@code [from, to)}. */
	List<StatusPeriod> history(PageId page, Instant from, Instant to) {
		return this.jdbc.sql("""
				select h.component_id, h.status, h.started_at, h.ended_at from sp_component_status h
				join sp_component c on c.id = h.component_id
				where c.page_id = :page and h.started_at < :to and (h.ended_at is null or h.ended_at > :from)
				order by h.component_id, h.started_at""")
			.param("page", page.value())
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query(ComponentRepository::period)
			.list();
	}

	private void openPeriod(ComponentId id, ComponentStatus status, Instant at) {
		insertPeriod(id, status, at, null);
	}

	private void insertPeriod(ComponentId id, ComponentStatus status, Instant from, Instant until) {
		this.jdbc.sql("""
				insert into sp_component_status (component_id, status, started_at, ended_at)
				values (:id, :status, :from, :until)""")
			.param("id", id.value())
			.param("status", status.code())
			.param("from", Timestamps.toColumn(from))
			.param("until", Timestamps.toColumn(until))
			.update();
	}

	private static StatusPeriod period(ResultSet rs, int row) throws SQLException {
		return new StatusPeriod(new ComponentId(rs.getString("component_id")),
				WireCode.find(ComponentStatus.class, rs.getString("status")).orElse(ComponentStatus.OPERATIONAL),
				Timestamps.fromColumn(rs, "started_at"), Timestamps.fromColumn(rs, "ended_at"));
	}

	/** A stored status period and its row id. */
	private record Stored(long id, StatusPeriod period) {
	}

	private static Component map(ResultSet rs, int row) throws SQLException {
		String group = rs.getString("group_id");
		return new Component(new ComponentId(rs.getString("id")), new PageId(rs.getString("page_id")),
				(group != null) ? new ComponentId(group) : null, rs.getBoolean("is_group"), rs.getString("name"),
				rs.getString("description"), WireCode.find(ComponentStatus.class, rs.getString("status")).orElseThrow(),
				rs.getInt("position"), rs.getBoolean("showcase"), rs.getBoolean("only_show_if_degraded"),
				rs.getObject("start_date", java.time.LocalDate.class), Timestamps.fromColumn(rs, "created_at"),
				Timestamps.fromColumn(rs, "updated_at"));
	}

}
