package dev.sharpend.incident.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sharpend.alert.AlertRules;
import dev.sharpend.catalog.Component;
import dev.sharpend.statuspage.StatusPages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What incident documents carry besides the incident row: component names and the alert
 * rules of attached groups, read for one incident or for all at once (for a rebuild).
 */
@Repository
class IncidentSearchData {

	private final JdbcClient jdbc;

	private final StatusPages pages;

	private final AlertRules rules;

	IncidentSearchData(JdbcClient jdbc, StatusPages pages, AlertRules rules) {
		this.jdbc = jdbc;
		this.pages = pages;
		this.rules = rules;
	}

	/** Component names by incident; all incidents when {@code incident} is null. */
	Map<Long, List<String>> components(Long incident) {
		Map<String, String> names = this.pages.all()
			.stream()
			.flatMap((p) -> this.pages.components(p.id()).stream())
			.collect(Collectors.toMap((c) -> c.id().value(), Component::name, (a, b) -> a));
		Map<Long, List<String>> result = new HashMap<>();
		this.jdbc.sql("select incident_id, component_id from incident_component" + where(incident))
			.param("id", (incident != null) ? incident : 0L)
			.query((rs) -> {
				String name = names.get(rs.getString(2));
				if (name != null) {
					result.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(name);
				}
			});
		return result;
	}

	/** Alert rules of attached groups by incident; all incidents when null. */
	Map<Long, List<String>> alertRules(Long incident) {
		Map<Long, List<Long>> groups = new HashMap<>();
		this.jdbc.sql("select incident_id, group_id from incident_alert_group" + where(incident))
			.param("id", (incident != null) ? incident : 0L)
			.query((rs) -> {
				groups.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getLong(2));
			});
		Set<Long> all = groups.values()
			.stream()
			.flatMap(Collection::stream)
			.collect(Collectors.toCollection(HashSet::new));
		Map<Long, Set<String>> byGroup = this.rules.ofGroups(all);
		return groups.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(e) -> List.copyOf(e.getValue()
						.stream()
						.flatMap((g) -> byGroup.getOrDefault(g, Set.of()).stream())
						.collect(Collectors.toCollection(TreeSet::new)))));
	}

	/** The ids of an incident's timeline entries. */
	List<Long> entries(long incident) {
		return this.jdbc.sql("select id from incident_timeline_entry where incident_id = :id")
			.param("id", incident)
			.query(Long.class)
			.list();
	}

	/** Refuted hypotheses' statements by incident. */
	Map<Long, List<String>> refuted(Collection<Long> incidents) {
		Map<Long, List<String>> result = new HashMap<>();
		this.jdbc.sql("""
				select incident_id, statement from incident_hypothesis
				where status = 'refuted' and incident_id in (:ids) order by created_at, id""")
			.param("ids", incidents)
			.query((rs) -> {
				result.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getString(2));
			});
		return result;
	}

	private static String where(Long incident) {
		return (incident != null) ? " where incident_id = :id" : "";
	}

}
