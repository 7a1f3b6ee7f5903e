package dev.sharpend.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alert rules (such as {@code alertname=HighLatency,job=api}) whose alerts are in
 * given alert groups; search uses them to find incidents with the same alerts.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class AlertRules {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	AlertRules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules of each group's alerts, by group id, for groups with alerts. */
	public Map<Long, Set<String>> ofGroups(Collection<Long> groups) {
		Map<Long, Set<String>> rules = new HashMap<>();
		List<Long> ids = new ArrayList<>(groups);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			this.jdbc.sql("select distinct group_id, rule_key from alert where group_id in (:groups)")
				.param("groups", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs) -> {
					rules.computeIfAbsent(rs.getLong(1), (k) -> new TreeSet<>()).add(rs.getString(2));
				});
		}
		return rules;
	}

}
