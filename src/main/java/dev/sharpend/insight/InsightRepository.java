package dev.sharpend.insight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.insight.ResponseTimes.Response;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The module's own tables: the facts it was told, the groups waiting for the rollup and
 * the rollup itself.
 */
@Repository
class InsightRepository {

	private static final String SUMMARY_COLUMNS = """
			group_id, rule, integration_id, opened_at, resolved_at, resolved_by_hand, pages, response,
			to_acknowledge_ms, acknowledged_without_action, incidents, answer""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	InsightRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Records a fact once (a reaction delivered again adds nothing) and marks its group
	 * for the rollup.
	 * @return whether the fact is new
	 */
	boolean record(Fact fact, Instant now) {
		int added = this.jdbc.sql("""
				insert into insight_fact (group_id, kind, occurred_at, rule, integration_id, incident, amount, answer,
				    route)
				select :group, :kind, :at, :rule, :integration, :incident, :amount, :answer, :route
				where not exists (select 1 from insight_fact where group_id = :group and kind = :kind
				    and occurred_at = :at and incident = :incident and answer = :answer and route = :route)""")
			.param("group", fact.group())
			.param("kind", fact.kind().code())
			.param("at", Timestamps.toColumn(fact.at()))
			.param("rule", fact.rule())
			.param("integration", fact.integration())
			.param("incident", fact.incident())
			.param("amount", fact.amount())
			.param("answer", (fact.answer() == null) ? "" : fact.answer().code())
			.param("route", (fact.route() == null) ? "" : fact.route().code())
			.update();
		if (added > 0) {
			this.jdbc.sql("insert into insight_dirty (group_id, marked_at) values (:group, :now)")
				.param("group", fact.group())
				.param("now", Timestamps.toColumn(now))
				.update();
		}
		return added > 0;
	}

	/** The groups linked to an incident so far. */
	List<Long> groupsOfIncident(long incident) {
		return this.jdbc.sql("select distinct group_id from insight_fact where incident = :incident and kind = :kind")
			.param("incident", incident)
			.param("kind", Fact.Kind.INCIDENT.code())
			.query(Long.class)
			.list();
	}

	/** The alert rules of the groups linked to each of these incidents. */
	Map<Long, Set<String>> rulesOfIncidents(Collection<Long> incidents) {
		Map<Long, Set<String>> rules = new HashMap<>();
		if (incidents.isEmpty()) {
			return rules;
		}
		this.jdbc.sql("""
				select distinct f.incident, g.rule from insight_fact f join insight_group g on g.group_id = f.group_id
				where f.kind = :kind and f.incident in (:incidents)""")
			.param("kind", Fact.Kind.INCIDENT.code())
			.param("incidents", incidents)
			.query((rs, n) -> rules.computeIfAbsent(rs.getLong("incident"), (i) -> new TreeSet<>())
				.add(rs.getString("rule")))
			.list();
		return rules;
	}

	/**
	 * The teams whose people were paged for each group that was paged from {@code from}.
	 */
	Map<Long, Set<UUID>> teamsOfGroups(Instant from) {
		Map<Long, Set<UUID>> teams = new HashMap<>();
		this.jdbc.sql("select distinct group_id, team_id from insight_interruption where paged_at >= :from")
			.param("from", Timestamps.toColumn(from))
			.query((rs, n) -> teams.computeIfAbsent(rs.getLong("group_id"), (g) -> new java.util.HashSet<>())
				.add(rs.getObject("team_id", UUID.class)))
			.list();
		return teams;
	}

	/**
	 * The groups paged from {@code from} on to the team and/or through the rotation
	 * (either may be null, not both).
	 */
	Set<Long> pagedGroups(Instant from, @Nullable UUID team, @Nullable UUID rotation) {
		String sql = "select distinct group_id from insight_interruption where paged_at >= :from"
				+ ((team != null) ? " and team_id = :team" : "")
				+ ((rotation != null) ? " and schedule_id = :rotation" : "");
		var query = this.jdbc.sql(sql).param("from", Timestamps.toColumn(from));
		if (team != null) {
			query = query.param("team", team);
		}
		if (rotation != null) {
			query = query.param("rotation", rotation);
		}
		return new java.util.HashSet<>(query.query(Long.class).list());
	}

	/** Every rotation in the interruptions on record. */
	List<UUID> rotationsOnRecord() {
		return this.jdbc.sql("select distinct schedule_id from insight_interruption where schedule_id is not null")
			.query(UUID.class)
			.list();
	}

	/** Every team in the interruptions on record. */
	List<UUID> teamsOnRecord() {
		return this.jdbc.sql("select distinct team_id from insight_interruption").query(UUID.class).list();
	}

	/** Every integration in the groups on record. */
	List<UUID> integrationsOnRecord() {
		return this.jdbc.sql("select distinct integration_id from insight_group where integration_id is not null")
			.query(UUID.class)
			.list();
	}

	List<Fact> factsOf(Collection<Long> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select group_id, kind, occurred_at, rule, integration_id, incident, amount, answer, route
				from insight_fact
				where group_id in (:groups) order by group_id, occurred_at, id""")
			.param("groups", groups)
			.query(InsightRepository::fact)
			.list();
	}

	/** The oldest groups waiting for the rollup, in the order they were marked. */
	List<Dirty> dirty(int limit) {
		return this.jdbc.sql("select id, group_id from insight_dirty order by id fetch first :limit rows only")
			.param("limit", limit)
			.query((rs, n) -> new Dirty(rs.getLong("id"), rs.getLong("group_id")))
			.list();
	}

	void clearDirtyUpTo(long id) {
		this.jdbc.sql("delete from insight_dirty where id <= :id").param("id", id).update();
	}

	/** Since when the oldest change not yet in the rollup waits, if one does. */
	Optional<Instant> oldestWaiting() {
		return this.jdbc.sql("select min(marked_at) as oldest from insight_dirty")
			.query((rs, n) -> Optional.ofNullable(Timestamps.fromColumn(rs, "oldest")))
			.single();
	}

	/** Groups with an opening on record, from {@code after} on, by id. */
	List<Long> openedGroups(long after, int limit) {
		return this.jdbc.sql("""
				select group_id from insight_fact where kind = :kind and group_id > :after
				order by group_id fetch first :limit rows only""")
			.param("kind", Fact.Kind.OPENED.code())
			.param("after", after)
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	void replace(Collection<Long> groups, List<GroupSummary> summaries) {
		if (!groups.isEmpty()) {
			this.jdbc.sql("delete from insight_group where group_id in (:groups)").param("groups", groups).update();
		}
		// one batch: a rebuild writes a million rows
		List<Object[]> rows = summaries.stream()
			.map((summary) -> new Object[] { summary.group(), summary.rule(), summary.integration(),
					Timestamps.toColumn(summary.opened()), Timestamps.toColumn(summary.resolved()),
					summary.resolvedByHand(), summary.pages(), summary.response().name().toLowerCase(),
					(summary.toAcknowledge() == null) ? null : summary.toAcknowledge().toMillis(),
					summary.acknowledgedWithoutAction(),
					summary.incidents().stream().map(String::valueOf).collect(Collectors.joining(",")),
					(summary.answer() == null) ? null : summary.answer().code() })
			.toList();
		this.batch.batchUpdate(
				"insert into insight_group (" + SUMMARY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				rows);
		bumpGeneration();
	}

	void clearRollup() {
		this.jdbc.sql("delete from insight_group").update();
		bumpGeneration();
	}

	private void bumpGeneration() {
		this.jdbc.sql("update insight_generation set generation = generation + 1 where id = 1").update();
	}

	/** Changes whenever the rollups change (see {@link InsightFigureCache}). */
	long generation() {
		return this.jdbc.sql("select generation from insight_generation where id = 1").query(Long.class).single();
	}

	/** Every group opened from {@code from} (inclusive) to {@code to} (exclusive). */
	List<GroupSummary> opened(Instant from, Instant to) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from insight_group where opened_at >= :from and opened_at < :to order by opened_at, group_id")
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query(InsightRepository::summary)
			.list();
	}

	/** The groups of one rule opened from {@code from} to {@code to}. */
	List<GroupSummary> opened(String rule, Instant from, Instant to) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + """
				 from insight_group where rule = :rule and opened_at >= :from and opened_at < :to
				order by opened_at, group_id""")
			.param("rule", rule)
			.param("from", Timestamps.toColumn(from))
			.param("to", Timestamps.toColumn(to))
			.query(InsightRepository::summary)
			.list();
	}

	Optional<GroupSummary> summary(long group) {
		return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from insight_group where group_id = :group")
			.param("group", group)
			.query(InsightRepository::summary)
			.optional();
	}

	/**
	 * The rollup rows of these groups, oldest first; groups not rolled up are left out.
	 */
	List<GroupSummary> summaries(Collection<Long> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from insight_group where group_id in (:groups) order by opened_at, group_id")
			.param("groups", groups)
			.query(InsightRepository::summary)
			.list();
	}

	boolean ruleKnown(String rule) {
		return this.jdbc.sql("select count(*) from insight_group where rule = :rule")
			.param("rule", rule)
			.query(Long.class)
			.single() > 0;
	}

	private static Fact fact(ResultSet rs, int row) throws SQLException {
		return new Fact(rs.getLong("group_id"), Fact.Kind.of(rs.getString("kind")),
				Timestamps.fromColumn(rs, "occurred_at"), rs.getString("rule"),
				rs.getObject("integration_id", UUID.class), rs.getLong("incident"), rs.getInt("amount"),
				answer(rs.getString("answer")), Route.parse(rs.getString("route")));
	}

	private static GroupSummary summary(ResultSet rs, int row) throws SQLException {
		long toAcknowledge = rs.getLong("to_acknowledge_ms");
		@Nullable Duration tta = rs.wasNull() ? null : Duration.ofMillis(toAcknowledge);
		String incidents = rs.getString("incidents");
		return new GroupSummary(rs.getLong("group_id"), rs.getString("rule"),
				rs.getObject("integration_id", UUID.class), Timestamps.fromColumn(rs, "opened_at"),
				Timestamps.fromColumn(rs, "resolved_at"), rs.getBoolean("resolved_by_hand"), rs.getInt("pages"),
				Response.valueOf(rs.getString("response").toUpperCase()), tta,
				rs.getBoolean("acknowledged_without_action"),
				incidents.isEmpty() ? List.of() : Arrays.stream(incidents.split(",")).map(Long::valueOf).toList(),
				answer(rs.getString("answer")));
	}

	private static @Nullable ActionTaken answer(@Nullable String code) {
		return (code == null || code.isEmpty()) ? null : WireCode.find(ActionTaken.class, code).orElse(null);
	}

	/**
	 * A group waiting for the rollup.
	 *
	 * @param id the mark's id
	 * @param group the alert group
	 */
	record Dirty(long id, long group) {
	}

}
