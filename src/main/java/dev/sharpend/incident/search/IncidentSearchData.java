package dev.sharpend.incident.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.sharpend.alert.AlertRules;
import dev.sharpend.catalog.Component;
import dev.sharpend.statuspage.StatusPages;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What incident documents carry besides the incident row (component names and the alert
 * rules of attached groups), and what similar incidents read besides the index.
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

	/** Component names by incident, for this incident. */
	Map<Long, List<String>> components(long incident) {
		Map<String, String> names = this.pages.all()
			.stream()
			.flatMap((p) -> this.pages.components(p.id()).stream())
			.collect(Collectors.toMap((c) -> c.id().value(), Component::name, (a, b) -> a));
		Map<Long, List<String>> result = new HashMap<>();
		this.jdbc.sql("select incident_id, component_id from incident_component where incident_id = :id")
			.param("id", incident)
			.query((rs) -> {
				String name = names.get(rs.getString(2));
				if (name != null) {
					result.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(name);
				}
			});
		return result;
	}

	/** Alert rules of attached groups by incident, for this incident. */
	Map<Long, List<String>> alertRules(long incident) {
		Map<Long, List<Long>> groups = new HashMap<>();
		this.jdbc.sql("select incident_id, group_id from incident_alert_group where incident_id = :id")
			.param("id", incident)
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

	/**
	 * Locks these incidents' rows until the transaction ends, so that what is pushed to
	 * search for them is read after every change made before and pushed in order.
	 */
	void lock(Collection<Long> incidents) {
		this.jdbc.sql("select id from incident where id in (:ids) order by id for update")
			.param("ids", incidents)
			.query(Long.class)
			.list();
	}

	/** Every incident's number, in order. */
	List<Long> numbers() {
		return this.jdbc.sql("select id from incident order by id").query(Long.class).list();
	}

	/** The text of an incident's first timeline entries. */
	String timelineText(long incident, int entries) {
		StringBuilder text = new StringBuilder();
		this.jdbc.sql("select body from incident_timeline_entry where incident_id = :id order by id")
			.param("id", incident)
			.withMaxRows(entries)
			.query((rs) -> {
				text.append(Objects.requireNonNullElse(rs.getString(1), "")).append('\n');
			});
		return text.toString();
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

}
