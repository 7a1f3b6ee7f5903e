package dev.sharpend.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class IncidentRepository {

	private static final String SELECT = """
			select id, title, summary, severity, status, declared_at, declared_by, mitigated_at, resolved_at,
			    closed_at, updated_at, version from incident""";

	private final JdbcClient jdbc;

	private final IncidentWatchers watchers;

	IncidentRepository(JdbcClient jdbc, IncidentWatchers watchers) {
		this.jdbc = jdbc;
		this.watchers = watchers;
	}

	long insert(String title, String summary, String severity, String by, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into incident (title, summary, severity, status, declared_at, declared_by, updated_at)
				values (:title, :summary, :severity, 'investigating', :now, :by, :now)""")
			.param("title", title)
			.param("summary", summary)
			.param("severity", severity)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	Optional<Incident> findByNumber(long number) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", number).query(IncidentRepository::map).optional();
	}

	/** Locks the incident's row so concurrent changes to it apply one after the other. */
	Optional<Incident> lock(long number) {
		return this.jdbc.sql(SELECT + " where id = :id for update")
			.param("id", number)
			.query(IncidentRepository::map)
			.optional();
	}

	void save(Incident incident) {
		this.jdbc.sql("""
				update incident set title = :title, summary = :summary, severity = :severity, status = :status,
				    mitigated_at = :mitigated, resolved_at = :resolved, closed_at = :closed, updated_at = :updated
				where id = :id""")
			.param("id", incident.number())
			.param("title", incident.title())
			.param("summary", incident.summary())
			.param("severity", incident.severity())
			.param("status", incident.status().code())
			.param("mitigated", Timestamps.toColumn(incident.mitigatedAt()))
			.param("resolved", Timestamps.toColumn(incident.resolvedAt()))
			.param("closed", Timestamps.toColumn(incident.closedAt()))
			.param("updated", Timestamps.toColumn(incident.updatedAt()))
			.update();
	}

	/** Marks that something on the incident changed, for watchers. */
	void touch(long number, Instant now) {
		this.jdbc.sql("update incident set version = version + 1, updated_at = :now where id = :id")
			.param("id", number)
			.param("now", Timestamps.toColumn(now))
			.update();
		this.watchers.changed(number);
	}

	Optional<Long> version(long number) {
		return this.jdbc.sql("select version from incident where id = :id")
			.param("id", number)
			.query(Long.class)
			.optional();
	}

	List<Incident> find(IncidentFilter filter) {
		return this.jdbc
			.sql(SELECT + where(filter)
					+ " order by declared_at desc, id desc offset :offset rows fetch next :limit rows only")
			.param("severity", (filter.severity() != null) ? filter.severity() : "")
			.param("offset", filter.offset())
			.param("limit", filter.limit())
			.query(IncidentRepository::map)
			.list();
	}

	long count(IncidentFilter filter) {
		return this.jdbc.sql("select count(*) from incident" + where(filter))
			.param("severity", (filter.severity() != null) ? filter.severity() : "")
			.query(Long.class)
			.single();
	}

	/**
	 * Statuses are enum codes, so inlining them is safe and keeps the query one string.
	 */
	private static String where(IncidentFilter filter) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (filter.statuses() != null && !filter.statuses().isEmpty()) {
			where.append(" and status in (")
				.append(filter.statuses().stream().map((s) -> "'" + s.code() + "'").collect(Collectors.joining(",")))
				.append(")");
		}
		if (filter.severity() != null) {
			where.append(" and severity = :severity");
		}
		return where.toString();
	}

	boolean severityInUse(String code) {
		return this.jdbc.sql("select count(*) from incident where severity = :code")
			.param("code", code)
			.query(Long.class)
			.single() > 0;
	}

	List<AffectedComponent> components(long number) {
		return this.jdbc.sql(
				"select page_id, component_id from incident_component where incident_id = :id order by page_id, component_id")
			.param("id", number)
			.query((rs, row) -> new AffectedComponent(rs.getString("page_id"), rs.getString("component_id")))
			.list();
	}

	void replaceComponents(long number, List<AffectedComponent> components) {
		this.jdbc.sql("delete from incident_component where incident_id = :id").param("id", number).update();
		for (AffectedComponent c : components) {
			this.jdbc.sql("insert into incident_component (incident_id, page_id, component_id) values (:id, :page, :c)")
				.param("id", number)
				.param("page", c.page())
				.param("c", c.component())
				.update();
		}
	}

	/** Adds a participant unless they already take part; true when added. */
	boolean addParticipant(long number, Person person, Instant now) {
		UUID id = (person.id() != null) ? person.id().value() : null;
		return this.jdbc.sql("""
				insert into incident_participant (incident_id, person, person_id, joined_at)
				select :id, :person, :personId, :now from incident where id = :id and not exists (
				    select 1 from incident_participant where incident_id = :id
				    and (person = :person or person_id = :personId))""")
			.param("id", number)
			.param("person", person.reference())
			.param("personId", id)
			.param("now", Timestamps.toColumn(now))
			.update() > 0;
	}

	List<Participant> participants(long number, People people) {
		return this.jdbc.sql("""
				select person, person_id, joined_at from incident_participant where incident_id = :id
				order by joined_at, person""")
			.param("id", number)
			.query((rs, row) -> new Participant(
					people.shown(rs.getObject("person_id", UUID.class), rs.getString("person")),
					Timestamps.fromColumn(rs, "joined_at")))
			.list();
	}

	boolean attach(long number, long group, String by, Instant now) {
		return this.jdbc.sql("""
				insert into incident_alert_group (incident_id, group_id, attached_at, attached_by)
				select :id, :group, :now, :by from incident where id = :id and not exists (
				    select 1 from incident_alert_group where incident_id = :id and group_id = :group)""")
			.param("id", number)
			.param("group", group)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update() > 0;
	}

	List<AttachedGroup> groups(long number) {
		return this.jdbc.sql("""
				select group_id, attached_at, attached_by from incident_alert_group where incident_id = :id
				order by attached_at, group_id""")
			.param("id", number)
			.query((rs, row) -> new AttachedGroup(rs.getLong("group_id"), Timestamps.fromColumn(rs, "attached_at"),
					rs.getString("attached_by")))
			.list();
	}

	/**
	 * Incidents not closed that had this alert group attached by then: what happened in
	 * the group before it was attached is not theirs.
	 */
	List<Long> watching(long group, Instant at) {
		return this.jdbc.sql("""
				select a.incident_id from incident_alert_group a join incident i on i.id = a.incident_id
				where a.group_id = :group and a.attached_at <= :at and i.status <> 'closed'
				order by a.incident_id""")
			.param("group", group)
			.param("at", Timestamps.toColumn(at))
			.query(Long.class)
			.list();
	}

	/** Incidents not closed that have this alert group attached. */
	List<Long> watching(long group) {
		return this.jdbc.sql("""
				select a.incident_id from incident_alert_group a join incident i on i.id = a.incident_id
				where a.group_id = :group and i.status <> 'closed' order by a.incident_id""")
			.param("group", group)
			.query(Long.class)
			.list();
	}

	/**
	 * Incidents declared since {@code from} that affect any of these components, oldest
	 * first: number, title and when declared.
	 */
	List<DeclaredOn> declaredOn(Collection<String> components, Instant from) {
		if (components.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct i.id, i.title, i.declared_at from incident i
				join incident_component c on c.incident_id = i.id
				where c.component_id in (:components) and i.declared_at >= :from order by i.declared_at, i.id""")
			.param("components", components)
			.param("from", Timestamps.toColumn(from))
			.query((rs, n) -> new DeclaredOn(rs.getLong("id"), rs.getString("title"),
					Timestamps.fromColumn(rs, "declared_at")))
			.list();
	}

	/**
	 * An incident on some components.
	 *
	 * @param number its number
	 * @param title its title
	 * @param declaredAt when it was declared
	 */
	record DeclaredOn(long number, String title, Instant declaredAt) {
	}

	/** Incidents not closed that affect any of these components. */
	List<Long> openAffecting(Collection<String> components) {
		if (components.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select distinct c.incident_id from incident_component c join incident i on i.id = c.incident_id
				where c.component_id in (:components) and i.status <> 'closed' order by c.incident_id""")
			.param("components", components)
			.query(Long.class)
			.list();
	}

	/** The alert groups attached to incidents that are not closed, by incident. */
	Map<Long, List<Long>> openAttachments() {
		Map<Long, List<Long>> attached = new TreeMap<>();
		this.jdbc.sql("""
				select a.incident_id, a.group_id from incident_alert_group a join incident i on i.id = a.incident_id
				where i.status <> 'closed'""").query((rs) -> {
			attached.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
		});
		return attached;
	}

	/**
	 * Resolved incidents without a review, resolved before {@code before}, oldest first.
	 */
	List<Incident> resolvedWithoutReview(Instant before, int limit) {
		return this.jdbc.sql(SELECT + """
				 where status = 'resolved' and review_id is null and resolved_at < :before
				order by resolved_at, id fetch first :limit rows only""")
			.param("before", Timestamps.toColumn(before))
			.param("limit", limit)
			.query(IncidentRepository::map)
			.list();
	}

	Optional<Long> review(long number) {
		return this.jdbc.sql("select review_id from incident where id = :id")
			.param("id", number)
			.query((rs, row) -> rs.getObject("review_id", Long.class))
			.optional()
			.filter((id) -> id != null);
	}

	/** Records the review unless the incident has one; true when recorded. */
	boolean linkReview(long number, long review) {
		return this.jdbc.sql("update incident set review_id = :review where id = :id and review_id is null")
			.param("id", number)
			.param("review", review)
			.update() > 0;
	}

	void link(long number, String page, String notice, Instant now) {
		this.jdbc.sql("""
				insert into incident_status_notice (incident_id, page_id, notice_id, published_at)
				values (:id, :page, :notice, :now)""")
			.param("id", number)
			.param("page", page)
			.param("notice", notice)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	List<LinkedNotice> notices(long number) {
		return this.jdbc.sql("""
				select page_id, notice_id, published_at from incident_status_notice where incident_id = :id
				order by published_at""")
			.param("id", number)
			.query((rs, row) -> new LinkedNotice(rs.getString("page_id"), rs.getString("notice_id"),
					Timestamps.fromColumn(rs, "published_at")))
			.list();
	}

	private static Incident map(ResultSet rs, int row) throws SQLException {
		return new Incident(rs.getLong("id"), rs.getString("title"), rs.getString("summary"), rs.getString("severity"),
				WireCode.find(IncidentStatus.class, rs.getString("status")).orElseThrow(),
				Timestamps.fromColumn(rs, "declared_at"), rs.getString("declared_by"),
				Timestamps.fromColumn(rs, "mitigated_at"), Timestamps.fromColumn(rs, "resolved_at"),
				Timestamps.fromColumn(rs, "closed_at"), Timestamps.fromColumn(rs, "updated_at"), rs.getLong("version"));
	}

}
