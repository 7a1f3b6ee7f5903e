package dev.sharpend.incident.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import dev.sharpend.search.SearchDocument;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Incidents as search documents: title, summary, severity, status, components, rules. */
@Component
@Transactional(readOnly = true)
class IncidentSearchSource {

	static final String TYPE = "incident";

	private static final String SELECT = "select id, title, summary, severity, status, declared_at from incident";

	private final JdbcTemplate jdbc;

	private final IncidentSearchData data;

	IncidentSearchSource(DataSource dataSource, IncidentSearchData data) {
		this.jdbc = new JdbcTemplate(dataSource);
		// Streams a large history through a cursor instead of loading it whole.
		this.jdbc.setFetchSize(1000);
		this.data = data;
	}

	/** The incident as it is now, or empty when there is none of this number. */
	Optional<SearchDocument> find(long number) {
		Map<Long, List<String>> components = this.data.components(number);
		Map<Long, List<String>> rules = this.data.alertRules(number);
		return this.jdbc.query(SELECT + " where id = ?", (rs, row) -> map(rs, components, rules), number)
			.stream()
			.findFirst();
	}

	private static SearchDocument map(ResultSet rs, Map<Long, List<String>> components, Map<Long, List<String>> rules)
			throws SQLException {
		long n = rs.getLong("id");
		return new SearchDocument(TYPE, Long.toString(n), n, rs.getString("title"), rs.getString("summary"),
				Timestamps.fromColumn(rs, "declared_at"), rs.getString("severity"), rs.getString("status"),
				components.getOrDefault(n, List.of()), rules.getOrDefault(n, List.of()), List.of(),
				"/response/incidents/" + n);
	}

}
