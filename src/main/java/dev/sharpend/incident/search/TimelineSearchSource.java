package dev.sharpend.incident.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.sharpend.incident.timeline.EntryKind;
import dev.sharpend.search.SearchDocument;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timeline entries as search documents, with their incident's severity and components so
 * filters apply to them too. The heading names the incident by number only, so a search
 * for an incident's title finds the incident, not each of its entries.
 */
@Component
@Transactional(readOnly = true)
class TimelineSearchSource {

	static final String TYPE = "timeline_entry";

	private static final String SELECT = """
			select e.id, e.incident_id, e.kind, e.body, e.occurred_at, i.severity, i.status
			from incident_timeline_entry e join incident i on i.id = e.incident_id""";

	private final JdbcTemplate jdbc;

	private final IncidentSearchData data;

	TimelineSearchSource(DataSource dataSource, IncidentSearchData data) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(1000);
		this.data = data;
	}

	/** Every entry of this incident, as it is now. */
	void forIncident(long incident, Consumer<SearchDocument> consumer) {
		Map<Long, List<String>> components = this.data.components(incident);
		this.jdbc.query(SELECT + " where e.incident_id = ? order by e.id", (ResultSet rs) -> {
			consumer.accept(map(rs, components));
		}, incident);
	}

	/** The entry as it is now, or empty when it was removed. */
	Optional<SearchDocument> find(long entry) {
		return this.jdbc.query(SELECT + " where e.id = ?", (rs, row) -> rs.getLong("incident_id"), entry)
			.stream()
			.findFirst()
			.flatMap((incident) -> {
				Map<Long, List<String>> components = this.data.components(incident);
				return this.jdbc.query(SELECT + " where e.id = ?", (rs, row) -> map(rs, components), entry)
					.stream()
					.findFirst();
			});
	}

	private static SearchDocument map(ResultSet rs, Map<Long, List<String>> components) throws SQLException {
		long id = rs.getLong("id");
		long incident = rs.getLong("incident_id");
		String kind = WireCode.find(EntryKind.class, rs.getString("kind"))
			.map(EntryKind::label)
			.orElse(rs.getString("kind"));
		return new SearchDocument(TYPE, Long.toString(id), incident, "INC-" + incident + " · " + kind,
				rs.getString("body"), Timestamps.fromColumn(rs, "occurred_at"), rs.getString("severity"),
				rs.getString("status"), components.getOrDefault(incident, List.of()), List.of(), List.of(),
				"/response/incidents/" + incident + "#entry-" + id);
	}

}
