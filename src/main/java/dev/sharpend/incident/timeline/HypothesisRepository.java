package dev.sharpend.incident.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class HypothesisRepository {

	private static final String SELECT = """
			select id, incident_id, statement, status, created_at, created_by from incident_hypothesis""";

	private final JdbcClient jdbc;

	HypothesisRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long incident, String statement, String by, Instant now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into incident_hypothesis (incident_id, statement, status, created_at, created_by)
				values (:incident, :statement, 'open', :now, :by)""")
			.param("incident", incident)
			.param("statement", statement)
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		addChange(id, HypothesisStatus.OPEN, by, now);
		return id;
	}

	void changeStatus(long id, HypothesisStatus status, String by, Instant now) {
		this.jdbc.sql("update incident_hypothesis set status = :status where id = :id")
			.param("id", id)
			.param("status", status.code())
			.update();
		addChange(id, status, by, now);
	}

	private void addChange(long id, HypothesisStatus status, String by, Instant now) {
		this.jdbc.sql("""
				insert into incident_hypothesis_change (hypothesis_id, status, changed_at, changed_by)
				values (:id, :status, :now, :by)""")
			.param("id", id)
			.param("status", status.code())
			.param("by", by)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	void replaceEvidence(long id, List<Long> entries) {
		this.jdbc.sql("delete from incident_hypothesis_evidence where hypothesis_id = :id").param("id", id).update();
		for (Long entry : entries) {
			this.jdbc.sql("insert into incident_hypothesis_evidence (hypothesis_id, entry_id) values (:id, :entry)")
				.param("id", id)
				.param("entry", entry)
				.update();
		}
	}

	Optional<Hypothesis> find(long incident, long id) {
		return this.jdbc.sql(SELECT + " where id = :id and incident_id = :incident")
			.param("id", id)
			.param("incident", incident)
			.query((rs, row) -> rs.getLong("id"))
			.optional()
			.map((found) -> list(incident).stream().filter((h) -> h.id() == found).findFirst().orElseThrow());
	}

	/** An incident's hypotheses, oldest first, with their evidence and changes. */
	List<Hypothesis> list(long incident) {
		return this.jdbc.sql(SELECT + " where incident_id = :incident order by created_at, id")
			.param("incident", incident)
			.query((rs, row) -> new Hypothesis(rs.getLong("id"), rs.getLong("incident_id"), rs.getString("statement"),
					WireCode.find(HypothesisStatus.class, rs.getString("status")).orElseThrow(),
					Timestamps.fromColumn(rs, "created_at"), rs.getString("created_by"), List.of(), List.of()))
			.list()
			.stream()
			.map((h) -> new Hypothesis(h.id(), h.incident(), h.statement(), h.status(), h.createdAt(), h.createdBy(),
					evidence(h.id()), changes(h.id())))
			.toList();
	}

	private List<Long> evidence(long id) {
		return this.jdbc
			.sql("select entry_id from incident_hypothesis_evidence where hypothesis_id = :id order by entry_id")
			.param("id", id)
			.query(Long.class)
			.list();
	}

	private List<Hypothesis.Change> changes(long id) {
		return this.jdbc.sql("""
				select status, changed_at, changed_by from incident_hypothesis_change where hypothesis_id = :id
				order by changed_at, id""")
			.param("id", id)
			.query((rs, row) -> new Hypothesis.Change(
					WireCode.find(HypothesisStatus.class, rs.getString("status")).orElseThrow(),
					Timestamps.fromColumn(rs, "changed_at"), rs.getString("changed_by")))
			.list();
	}

}
