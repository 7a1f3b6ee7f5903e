package dev.sharpend.incident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ordered list of incident severities, worst first (SEV1 to SEV4 until someone
 * changes it).
 */
@Service
@Transactional
public class Severities {

	private final JdbcClient jdbc;

	private final IncidentRepository incidents;

	private final ApplicationEventPublisher events;

	Severities(JdbcClient jdbc, IncidentRepository incidents, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.incidents = incidents;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public List<Severity> all() {
		return this.jdbc.sql("select code, description from incident_severity order by position, code")
			.query((rs, row) -> new Severity(rs.getString("code"), rs.getString("description")))
			.list();
	}

	/**
	 * The severity with this code.
	 * @throws RequestRejected (400, naming {@code field}) when there is none
	 */
	@Transactional(readOnly = true)
	public Severity require(String code, String field) {
		List<Severity> all = all();
		return all.stream()
			.filter((s) -> s.code().equals(code))
			.findFirst()
			.orElseThrow(() -> RequestRejected.invalid(field,
					field + " must be one of " + String.join(", ", all.stream().map(Severity::code).toList()) + "."));
	}

	/**
	 * Replaces the list; its order is the new order. A severity some incident has cannot
	 * be left out.
	 */
	public List<Severity> replace(List<Severity> severities) {
		List<Severity> wanted = validated(severities);
		Set<String> codes = new HashSet<>(wanted.stream().map(Severity::code).toList());
		for (Severity old : all()) {
			if (!codes.contains(old.code())) {
				if (this.incidents.severityInUse(old.code())) {
					throw RequestRejected.conflict("severities",
							old.code() + " is the severity of some incidents, so it must stay in the list.");
				}
				this.jdbc.sql("delete from incident_severity where code = :code").param("code", old.code()).update();
			}
		}
		for (int i = 0; i < wanted.size(); i++) {
			upsert(wanted.get(i), i + 1);
		}
		this.events.publishEvent(new SeveritiesChanged(List.copyOf(codes)));
		return all();
	}

	private void upsert(Severity severity, int position) {
		int updated = this.jdbc
			.sql("update incident_severity set description = :description, position = :position where code = :code")
			.param("code", severity.code())
			.param("description", severity.description())
			.param("position", position)
			.update();
		if (updated == 0) {
			this.jdbc.sql(
					"insert into incident_severity (code, description, position) values (:code, :description, :position)")
				.param("code", severity.code())
				.param("description", severity.description())
				.param("position", position)
				.update();
		}
	}

	private static List<Severity> validated(List<Severity> severities) {
		if (severities == null || severities.isEmpty()) {
			throw RequestRejected.invalid("severities", "Give at least one severity.");
		}
		List<Severity> result = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Severity s : severities) {
			String code = (s == null || s.code() == null) ? "" : s.code().strip();
			if (!code.matches("[A-Za-z0-9_-]{1,20}")) {
				throw RequestRejected.invalid("code", "A severity code is 1 to 20 letters, digits, - or _.");
			}
			if (!seen.add(code)) {
				throw RequestRejected.invalid("code", code + " appears twice.");
			}
			String description = (s.description() == null) ? "" : s.description().strip();
			if (description.isEmpty() || description.length() > 500) {
				throw RequestRejected.invalid("description", "Describe " + code + " in 1 to 500 characters.");
			}
			result.add(new Severity(code, description));
		}
		return result;
	}

}
