package dev.sharpend.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Reviews, their prose sections, templates and curated timelines. */
@Repository
class ReviewRepository {

	private static final String SELECT = """
			select id, incident_id, title, status, template_id, facilitator, meeting_at, started_at, detected_at,
			       mitigated_at, resolved_at, created_by, created_at, updated_at, published_at
			from review""";

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(Review r) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into review (incident_id, title, status, template_id, facilitator, meeting_at, started_at,
				    detected_at, mitigated_at, resolved_at, created_by, created_at, updated_at)
				values (:incident, :title, :status, :template, :facilitator, :meetingAt, :startedAt, :detectedAt,
				    :mitigatedAt, :resolvedAt, :createdBy, :createdAt, :createdAt)""")
			.params(params(r))
			.param("createdBy", r.createdBy())
			.param("createdAt", Timestamps.toColumn(r.createdAt()))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void save(Review r) {
		this.jdbc.sql("""
				update review set title = :title, status = :status, template_id = :template,
				    facilitator = :facilitator, meeting_at = :meetingAt, started_at = :startedAt,
				    detected_at = :detectedAt, mitigated_at = :mitigatedAt, resolved_at = :resolvedAt,
				    updated_at = :updatedAt, published_at = :publishedAt
				where id = :id""")
			.params(params(r))
			.param("id", r.id())
			.param("updatedAt", Timestamps.toColumn(r.updatedAt()))
			.param("publishedAt", Timestamps.toColumn(r.publishedAt()))
			.update();
	}

	void appointed(long id, FacilitatorAppointment appointment) {
		this.jdbc.sql("update review set facilitator_by = :by, facilitator_at = :at where id = :id")
			.param("by", appointment.by())
			.param("at", Timestamps.toColumn(appointment.at()))
			.param("id", id)
			.update();
	}

	/**
	 * Points the review's facilitator at a user (or at nobody: text matching no user).
	 */
	void facilitatorIs(long id, UUID userId) {
		this.jdbc.sql("update review set facilitator_id = :user where id = :id")
			.param("user", userId)
			.param("id", id)
			.update();
	}

	Optional<UUID> facilitatorId(long id) {
		return this.jdbc.sql("select facilitator_id from review where id = :id and facilitator_id is not null")
			.param("id", id)
			.query(UUID.class)
			.optional();
	}

	Optional<FacilitatorAppointment> appointment(long id) {
		return this.jdbc
			.sql("select facilitator_by, facilitator_at from review where id = :id and facilitator_by is not null")
			.param("id", id)
			.query((rs, n) -> new FacilitatorAppointment(rs.getString("facilitator_by"),
					Timestamps.fromColumn(rs, "facilitator_at")))
			.optional();
	}

	private static Map<String, Object> params(Review r) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("incident", r.incident());
		p.put("title", r.title());
		p.put("status", r.status().code());
		p.put("template", r.template());
		p.put("facilitator", r.facilitator());
		p.put("meetingAt", Timestamps.toColumn(r.meetingAt()));
		p.put("startedAt", Timestamps.toColumn(r.impact().startedAt()));
		p.put("detectedAt", Timestamps.toColumn(r.impact().detectedAt()));
		p.put("mitigatedAt", Timestamps.toColumn(r.impact().mitigatedAt()));
		p.put("resolvedAt", Timestamps.toColumn(r.impact().resolvedAt()));
		return p;
	}

	Optional<Review> find(long id) {
		return this.jdbc.sql(SELECT + " where id = :id").param("id", id).query(ReviewRepository::review).optional();
	}

	Optional<Review> lock(long id) {
		return this.jdbc.sql(SELECT + " where id = :id for update")
			.param("id", id)
			.query(ReviewRepository::review)
			.optional();
	}

	/** Newest first; drafts only when asked for. */
	List<Review> list(boolean withDrafts, int limit) {
		return this.jdbc.sql(SELECT + (withDrafts ? "" : " where status = 'published'") + " order by id desc")
			.query(ReviewRepository::review)
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	List<Review> forIncidents(List<Long> incidents) {
		if (incidents.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(SELECT + " where incident_id in (:incidents) order by id")
			.param("incidents", incidents)
			.query(ReviewRepository::review)
			.list();
	}

	Map<String, String> sections(long review) {
		Map<String, String> sections = new LinkedHashMap<>();
		this.jdbc.sql("select section_key, body from review_section where review_id = :id")
			.param("id", review)
			.query((rs) -> {
				sections.put(rs.getString("section_key"), rs.getString("body"));
			});
		return sections;
	}

	void saveSection(long review, String key, String body) {
		int updated = this.jdbc
			.sql("update review_section set body = :body where review_id = :id and section_key = :key")
			.param("body", body)
			.param("id", review)
			.param("key", key)
			.update();
		if (updated == 0) {
			this.jdbc.sql("insert into review_section (review_id, section_key, body) values (:id, :key, :body)")
				.param("body", body)
				.param("id", review)
				.param("key", key)
				.update();
		}
	}

	List<ReviewTemplate> templates() {
		return this.jdbc.sql("select id, name, sections from review_template order by name")
			.query((rs, n) -> template(rs))
			.list();
	}

	Optional<ReviewTemplate> template(String id) {
		return this.jdbc.sql("select id, name, sections from review_template where id = :id")
			.param("id", id)
			.query((rs, n) -> template(rs))
			.optional();
	}

	void keepSections(long review, List<SectionKey> sections) {
		this.jdbc.sql("update review set sections = :sections where id = :id")
			.param("sections", String.join(",", sections.stream().map(SectionKey::code).toList()))
			.param("id", review)
			.update();
	}

	List<SectionKey> keptSections(long review) {
		return this.jdbc.sql("select sections from review where id = :id")
			.param("id", review)
			.query(String.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst()
			.map(ReviewRepository::keys)
			.orElse(List.of());
	}

	void insertTemplate(ReviewTemplate template, Instant at) {
		this.jdbc
			.sql("insert into review_template (id, name, sections, updated_at) values (:id, :name, :sections, :at)")
			.param("id", template.id())
			.param("name", template.name())
			.param("sections", String.join(",", template.sections().stream().map(SectionKey::code).toList()))
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	void saveTemplate(ReviewTemplate template, Instant at) {
		this.jdbc.sql("update review_template set name = :name, sections = :sections, updated_at = :at where id = :id")
			.param("name", template.name())
			.param("sections", String.join(",", template.sections().stream().map(SectionKey::code).toList()))
			.param("at", Timestamps.toColumn(at))
			.param("id", template.id())
			.update();
	}

	Map<Long, String> curated(long review) {
		Map<Long, String> curated = new LinkedHashMap<>();
		this.jdbc.sql("select entry_id, annotation from review_timeline where review_id = :id order by entry_id")
			.param("id", review)
			.query((rs) -> {
				curated.put(rs.getLong("entry_id"), rs.getString("annotation"));
			});
		return curated;
	}

	void curate(long review, long entry, String annotation) {
		this.jdbc.sql("delete from review_timeline where review_id = :id and entry_id = :entry")
			.param("id", review)
			.param("entry", entry)
			.update();
		if (annotation != null) {
			this.jdbc
				.sql("insert into review_timeline (review_id, entry_id, annotation) values (:id, :entry, :annotation)")
				.param("id", review)
				.param("entry", entry)
				.param("annotation", annotation)
				.update();
		}
	}

	private static ReviewTemplate template(ResultSet rs) throws SQLException {
		return new ReviewTemplate(rs.getString("id"), rs.getString("name"), keys(rs.getString("sections")));
	}

	private static List<SectionKey> keys(String codes) {
		return Arrays.stream(codes.split(","))
			.map((k) -> WireCode.find(SectionKey.class, k.strip()))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Review review(ResultSet rs, int row) throws SQLException {
		long incident = rs.getLong("incident_id");
		Long number = rs.wasNull() ? null : incident;
		ImpactTimes impact = new ImpactTimes(Timestamps.fromColumn(rs, "started_at"),
				Timestamps.fromColumn(rs, "detected_at"), Timestamps.fromColumn(rs, "mitigated_at"),
				Timestamps.fromColumn(rs, "resolved_at"));
		return new Review(rs.getLong("id"), number, rs.getString("title"),
				WireCode.find(ReviewStatus.class, rs.getString("status")).orElseThrow(), rs.getString("template_id"),
				rs.getString("facilitator"), Timestamps.fromColumn(rs, "meeting_at"), impact,
				rs.getString("created_by"), Timestamps.fromColumn(rs, "created_at"),
				Timestamps.fromColumn(rs, "updated_at"), Timestamps.fromColumn(rs, "published_at"));
	}

}
