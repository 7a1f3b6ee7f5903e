package dev.sharpend.provider;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.EventState;
import dev.sharpend.provider.upstream.Impact;
import dev.sharpend.provider.upstream.UpstreamStatus;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The components and events read from providers' pages. */
@Repository
class UpstreamRepository {

	private static final String LINES = "\n";

	private final JdbcClient jdbc;

	UpstreamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<WatchedStatus.Component> components(ProviderId id) {
		return this.jdbc.sql("select * from provider_upstream_component where provider_id = :id order by name")
			.param("id", id.value())
			.query((rs, n) -> new WatchedStatus.Component(rs.getString("name"), rs.getString("group_name"),
					code(UpstreamStatus.class, rs.getString("status")), Timestamps.fromColumn(rs, "status_since"),
					Timestamps.fromColumn(rs, "seen_at")))
			.list();
	}

	/** Inserts or replaces a component. */
	void save(ProviderId id, WatchedStatus.Component c, boolean known) {
		String sql = known ? """
				update provider_upstream_component set group_name = :group, status = :status, status_since = :since,
				    seen_at = :seen where provider_id = :id and name = :name""" : """
				insert into provider_upstream_component (provider_id, name, group_name, status, status_since, seen_at)
				values (:id, :name, :group, :status, :since, :seen)""";
		this.jdbc.sql(sql)
			.param("id", id.value())
			.param("name", c.name())
			.param("group", c.group(), Types.VARCHAR)
			.param("status", c.status().code())
			.param("since", Timestamps.toColumn(c.since()))
			.param("seen", Timestamps.toColumn(c.seenAt()))
			.update();
	}

	/** Notes that the components the last read listed were listed again. */
	void seenAgain(ProviderId id, Instant lastRead, Instant at) {
		this.jdbc.sql("""
				update provider_upstream_component set seen_at = :at where provider_id = :id and seen_at = :last""")
			.param("at", Timestamps.toColumn(at))
			.param("id", id.value())
			.param("last", Timestamps.toColumn(lastRead))
			.update();
	}

	/** The events still open, under way or scheduled, the latest first. */
	List<WatchedEvent> open(ProviderId id) {
		return this.jdbc.sql("""
				select * from provider_upstream_event where provider_id = :id
				    and state in ('investigating', 'identified', 'monitoring', 'ongoing', 'in_progress', 'scheduled')
				order by coalesce(started_at, first_seen_at) desc, event_id""")
			.param("id", id.value())
			.query((rs, n) -> event(rs))
			.list();
	}

	/**
	 * Every provider's maintenances whose planned time meets the range, or that are still
	 * open, in the order they start.
	 */
	List<ProviderEvent> maintenances(Instant from, Instant to) {
		return this.jdbc.sql("""
				select * from provider_upstream_event where kind = 'maintenance'
				    and coalesce(started_at, first_seen_at) <= :to
				    and (coalesce(started_at, first_seen_at) >= :from or ended_at >= :from
				        or (ended_at is null and state in ('scheduled', 'in_progress')))
				order by coalesce(started_at, first_seen_at), provider_id, event_id
				fetch first 2000 rows only""")
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query((rs, n) -> new ProviderEvent(new ProviderId(rs.getObject("provider_id", UUID.class)), event(rs)))
			.list();
	}

	/** The events with these identifiers. */
	List<WatchedEvent> events(ProviderId id, List<String> eventIds) {
		if (eventIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select * from provider_upstream_event where provider_id = :id and event_id in (:ids)")
			.param("id", id.value())
			.param("ids", eventIds)
			.query((rs, n) -> event(rs))
			.list();
	}

	/** A page of the provider's events, the latest first, of one kind or of both. */
	PageOf<WatchedEvent> events(ProviderId id, @Nullable EventKind kind, PageWindow window) {
		String where = "provider_id = :id" + ((kind != null) ? " and kind = :kind" : "");
		MapSqlParameterSource params = new MapSqlParameterSource("id", id.value())
			.addValue("kind", (kind != null) ? kind.code() : null, Types.VARCHAR)
			.addValue("limit", window.size())
			.addValue("offset", window.offset());
		long total = this.jdbc.sql("select count(*) from provider_upstream_event where " + where)
			.paramSource(params)
			.query(Long.class)
			.single();
		List<WatchedEvent> items = this.jdbc
			.sql("select * from provider_upstream_event where " + where
					+ " order by coalesce(started_at, first_seen_at) desc, event_id limit :limit offset :offset")
			.paramSource(params)
			.query((rs, n) -> event(rs))
			.list();
		return PageOf.of(items, window, total);
	}

	/** Inserts or replaces an event. */
	void save(ProviderId id, WatchedEvent e, boolean known) {
		String sql = known ? """
				update provider_upstream_event set kind = :kind, title = :title, state = :state, impact = :impact,
				    started_at = :started, ended_at = :ended, components = :components, url = :url,
				    last_update = :update, updated_at = :updated
				where provider_id = :id and event_id = :event""" : """
				insert into provider_upstream_event (provider_id, event_id, kind, title, state, impact, started_at,
				    ended_at, components, url, last_update, first_seen_at, updated_at)
				values (:id, :event, :kind, :title, :state, :impact, :started, :ended, :components, :url, :update,
				    :seen, :updated)""";
		this.jdbc.sql(sql)
			.param("id", id.value())
			.param("event", e.id())
			.param("kind", e.kind().code())
			.param("title", e.title())
			.param("state", e.state().code())
			.param("impact", e.impact().code())
			.param("started", Timestamps.toColumn(e.startedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("ended", Timestamps.toColumn(e.endedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("components", String.join(LINES, e.components()))
			.param("url", e.url(), Types.VARCHAR)
			.param("update", e.lastUpdate(), Types.VARCHAR)
			.param("seen", Timestamps.toColumn(e.firstSeenAt()))
			.param("updated", Timestamps.toColumn(e.updatedAt()))
			.update();
	}

	private static WatchedEvent event(ResultSet rs) throws SQLException {
		String components = rs.getString("components");
		return new WatchedEvent(rs.getString("event_id"), code(EventKind.class, rs.getString("kind")),
				rs.getString("title"), code(EventState.class, rs.getString("state")),
				code(Impact.class, rs.getString("impact")), Timestamps.fromColumn(rs, "started_at"),
				Timestamps.fromColumn(rs, "ended_at"),
				components.isEmpty() ? List.of() : Arrays.asList(components.split(LINES)), rs.getString("url"),
				rs.getString("last_update"), Timestamps.fromColumn(rs, "first_seen_at"),
				Timestamps.fromColumn(rs, "updated_at"));
	}

	private static <E extends Enum<E> & WireCode> E code(Class<E> type, String code) {
		return WireCode.find(type, code)
			.orElseThrow(() -> new IllegalStateException("Unknown " + type.getSimpleName() + " " + code));
	}

	/**
	 * An event with the provider that published it.
	 *
	 * @param provider the provider
	 * @param event the event
	 */
	record ProviderEvent(ProviderId provider, WatchedEvent event) {
	}

}
