package dev.sharpend.statuspage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IncidentTemplateRepository {

	private final JdbcClient jdbc;

	IncidentTemplateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<IncidentTemplate> findByPage(PageId page) {
		return this.jdbc.sql("select * from sp_incident_template where page_id = :page order by name, id")
			.param("page", page.value())
			.query(IncidentTemplateRepository::map)
			.list();
	}

	Optional<IncidentTemplate> findById(String id) {
		return this.jdbc.sql("select * from sp_incident_template where id = :id")
			.param("id", id)
			.query(IncidentTemplateRepository::map)
			.optional();
	}

	void save(IncidentTemplate t) {
		int updated = this.jdbc.sql("""
				update sp_incident_template set name = :name, title = :title, body = :body,
				    component_status = :status, updated_at = :updatedAt where id = :id""")
			.param("id", t.id())
			.param("name", t.name())
			.param("title", t.title())
			.param("body", t.body())
			.param("status", (t.componentStatus() != null) ? t.componentStatus().code() : null)
			.param("updatedAt", Timestamps.toColumn(t.updatedAt()))
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into sp_incident_template (id, page_id, name, title, body, component_status, created_at, updated_at)
						values (:id, :page, :name, :title, :body, :status, :createdAt, :updatedAt)""")
				.param("id", t.id())
				.param("page", t.page().value())
				.param("name", t.name())
				.param("title", t.title())
				.param("body", t.body())
				.param("status", (t.componentStatus() != null) ? t.componentStatus().code() : null)
				.param("createdAt", Timestamps.toColumn(t.createdAt()))
				.param("updatedAt", Timestamps.toColumn(t.updatedAt()))
				.update();
		}
	}

	void delete(String id) {
		this.jdbc.sql("delete from sp_incident_template where id = :id").param("id", id).update();
	}

	private static IncidentTemplate map(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("component_status");
		return new IncidentTemplate(rs.getString("id"), new PageId(rs.getString("page_id")), rs.getString("name"),
				rs.getString("title"), rs.getString("body"),
				(status != null) ? WireCode.find(ComponentStatus.class, status).orElse(null) : null,
				Timestamps.fromColumn(rs, "created_at"), Timestamps.fromColumn(rs, "updated_at"));
	}

}
