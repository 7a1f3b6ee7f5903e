package dev.sharpend.incident.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class TimelineRepository {

	private static final String SELECT = """
			select id, incident_id, kind, body, author, occurred_at, recorded_at, edited_at
			from incident_timeline_entry""";

	private final JdbcClient jdbc;

	TimelineRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long incident, EntryKind kind, String body, String author, Instant occurredAt, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into incident_timeline_entry (incident_id, kind, body, author, occurred_at, recorded_at)
				values (:incident, :kind, :body, :author, :occurred, :now)""")
			.param("incident", incident)
			.param("kind", kind.code())
			.param("body", body)
			.param("author", author)
			.param("occurred", Timestamps.toColumn(occurredAt))
			.param("now", Timestamps.toColumn(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<TimelineEntry> find(long incident, long id) {
		return this.jdbc.sql(SELECT + " where id = :id and incident_id = :incident")
			.param("id", id)
			.param("incident", incident)
			.query(TimelineRepository::map)
			.optional();
	}

	/** Entries in the order they happened; kinds are enum codes, safe to inline. */
	List<TimelineEntry> find(long incident, TimelineFilter filter) {
		StringBuilder where = new StringBuilder(" where incident_id = :incident");
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			where.append(" and kind in (")
				.append(filter.kinds().stream().map((k) -> "'" + k.code() + "'").collect(Collectors.joining(",")))
				.append(")");
		}
		if (filter.author() != null) {
			where.append(" and author = :author");
		}
		return this.jdbc.sql(SELECT + where + " order by occurred_at, id")
			.param("incident", incident)
			.param("author", (filter.author() != null) ? filter.author() : "")
			.query(TimelineRepository::map)
			.list();
	}

	List<String> authors(long incident) {
		return this.jdbc
			.sql("select distinct author from incident_timeline_entry where incident_id = :incident order by author")
			.param("incident", incident)
			.query(String.class)
			.list();
	}

	void update(TimelineEntry entry) {
		this.jdbc.sql("""
				update incident_timeline_entry set kind = :kind, body = :body, occurred_at = :occurred,
				    edited_at = :edited where id = :id""")
			.param("id", entry.id())
			.param("kind", entry.kind().code())
			.param("body", entry.body())
			.param("occurred", Timestamps.toColumn(entry.occurredAt()))
			.param("edited", Timestamps.toColumn(entry.editedAt()))
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("delete from incident_hypothesis_evidence where entry_id = :id").param("id", id).update();
		this.jdbc.sql("delete from incident_timeline_entry where id = :id").param("id", id).update();
	}

	private static TimelineEntry map(ResultSet rs, int row) throws SQLException {
		return new TimelineEntry(rs.getLong("id"), rs.getLong("incident_id"),
				WireCode.find(EntryKind.class, rs.getString("kind")).orElseThrow(), rs.getString("body"),
				rs.getString("author"), Timestamps.fromColumn(rs, "occurred_at"),
				Timestamps.fromColumn(rs, "recorded_at"), Timestamps.fromColumn(rs, "edited_at"));
	}

}
