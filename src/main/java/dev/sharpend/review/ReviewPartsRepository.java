package dev.sharpend.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.identity.People;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Personal accounts, factors and mitigators with their evidence, and action items. */
@Repository
class ReviewPartsRepository {

	private static final String ACTIONS = """
			select id, review_id, title, owner, owner_id, due_on, status, reason, tracker_url from review_action""";

	private final JdbcClient jdbc;

	private final People people;

	ReviewPartsRepository(JdbcClient jdbc, People people) {
		this.jdbc = jdbc;
		this.people = people;
	}

	List<Account> accounts(long review) {
		return this.jdbc.sql("select * from review_account where review_id = :id order by id")
			.param("id", review)
			.query(ReviewPartsRepository::account)
			.list();
	}

	Optional<Account> account(long review, String author) {
		return accounts(review).stream().filter((a) -> a.author().equalsIgnoreCase(author)).findFirst();
	}

	void saveAccount(Account a) {
		int updated = this.jdbc.sql("""
				update review_account set saw = :saw, did = :did, expected = :expected, assumed = :assumed,
				    understood = :understood, shared = :shared, updated_at = :at
				where review_id = :review and author = :author""").params(accountParams(a)).update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into review_account (review_id, author, saw, did, expected, assumed, understood, shared,
					    updated_at)
					values (:review, :author, :saw, :did, :expected, :assumed, :understood, :shared, :at)""")
				.params(accountParams(a))
				.update();
		}
	}

	private static java.util.Map<String, Object> accountParams(Account a) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("review", a.review());
		p.put("author", a.author());
		p.put("saw", a.saw());
		p.put("did", a.did());
		p.put("expected", a.expected());
		p.put("assumed", a.assumed());
		p.put("understood", a.understood());
		p.put("shared", a.shared());
		p.put("at", Timestamps.toColumn(a.updatedAt()));
		return p;
	}

	List<Factor> factors(long review) {
		return this.jdbc.sql("select * from review_factor where review_id = :id order by id")
			.param("id", review)
			.query((rs, n) -> factor(rs))
			.list();
	}

	Optional<Factor> factor(long id) {
		return this.jdbc.sql("select * from review_factor where id = :id")
			.param("id", id)
			.query((rs, n) -> factor(rs))
			.optional();
	}

	List<Factor> allFactors() {
		return this.jdbc.sql("select * from review_factor order by id").query((rs, n) -> factor(rs)).list();
	}

	long insertFactor(Factor f, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into review_factor (review_id, kind, factor_type, description, provider_id, created_at)
				values (:review, :kind, :type, :description, :provider, :at)""")
			.param("review", f.review())
			.param("kind", f.kind())
			.param("type", f.type().code())
			.param("description", f.description())
			.param("provider", f.provider())
			.param("at", Timestamps.toColumn(at))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		saveEvidence(id, f.evidence());
		return id;
	}

	void updateFactor(Factor f) {
		this.jdbc.sql("""
				update review_factor set factor_type = :type, description = :description, provider_id = :provider
				where id = :id""")
			.param("type", f.type().code())
			.param("description", f.description())
			.param("provider", f.provider())
			.param("id", f.id())
			.update();
		saveEvidence(f.id(), f.evidence());
	}

	void deleteFactor(long id) {
		this.jdbc.sql("delete from review_factor_evidence where factor_id = :id").param("id", id).update();
		this.jdbc.sql("delete from review_factor where id = :id").param("id", id).update();
	}

	private void saveEvidence(long factor, List<Long> entries) {
		this.jdbc.sql("delete from review_factor_evidence where factor_id = :id").param("id", factor).update();
		for (Long entry : entries) {
			this.jdbc.sql("insert into review_factor_evidence (factor_id, entry_id) values (:id, :entry)")
				.param("id", factor)
				.param("entry", entry)
				.update();
		}
	}

	private Factor factor(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		List<Long> evidence = this.jdbc
			.sql("select entry_id from review_factor_evidence where factor_id = :id order by entry_id")
			.param("id", id)
			.query(Long.class)
			.list();
		return new Factor(id, rs.getLong("review_id"), "mitigator".equals(rs.getString("kind")),
				WireCode.find(FactorType.class, rs.getString("factor_type")).orElse(FactorType.TECHNICAL),
				rs.getString("description"), evidence, rs.getObject("provider_id", UUID.class));
	}

	/** The factors naming a provider, newest review first. */
	List<ProviderFactor> byProvider(UUID provider) {
		return this.jdbc.sql("""
				select f.id, f.kind, f.description, r.id as review_id, r.incident_id, r.title from review_factor f
				join review r on r.id = f.review_id where f.provider_id = :p order by r.id desc, f.id""")
			.param("p", provider)
			.query((rs, n) -> new ProviderFactor(rs.getLong("review_id"), rs.getObject("incident_id", Long.class),
					rs.getString("title"), "mitigator".equals(rs.getString("kind")), rs.getString("description")))
			.list();
	}

	List<ActionItem> actions(long review) {
		return this.jdbc.sql(ACTIONS + " where review_id = :id order by id")
			.param("id", review)
			.query(this::mapAction)
			.list();
	}

	Optional<ActionItem> action(long id) {
		return this.jdbc.sql(ACTIONS + " where id = :id").param("id", id).query(this::mapAction).optional();
	}

	List<ActionItem> allActions() {
		return this.jdbc.sql(ACTIONS + " order by due_on, id").query(this::mapAction).list();
	}

	long insertAction(ActionItem a, Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into review_action (review_id, title, owner, owner_id, due_on, status, reason, tracker_url,
				    created_at, updated_at)
				values (:review, :title, :owner, :ownerId, :due, :status, :reason, :tracker, :at, :at)""")
			.params(actionParams(a, at))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateAction(ActionItem a, Instant at) {
		this.jdbc
			.sql("""
					update review_action set title = :title, owner = :owner, owner_id = :ownerId, due_on = :due, status = :status,
					    reason = :reason, tracker_url = :tracker, updated_at = :at
					where id = :id""")
			.params(actionParams(a, at))
			.param("id", a.id())
			.update();
	}

	private static java.util.Map<String, Object> actionParams(ActionItem a, Instant at) {
		java.util.Map<String, Object> p = new java.util.HashMap<>();
		p.put("review", a.review());
		p.put("title", a.title());
		p.put("owner", (a.owner() != null) ? a.owner().reference() : null);
		p.put("ownerId", (a.owner() != null && a.owner().id() != null) ? a.owner().id().value() : null);
		p.put("due", (a.due() != null) ? Date.valueOf(a.due()) : null);
		p.put("status", a.status().code());
		p.put("reason", a.reason());
		p.put("tracker", a.trackerUrl());
		p.put("at", Timestamps.toColumn(at));
		return p;
	}

	/**
	 * Pending items with an owner due on or before {@code until}, not yet reminded for
	 * this.
	 */
	List<ActionItem> dueForReminder(LocalDate until, String column) {
		return this.jdbc
			.sql(ACTIONS + " where status in ('open', 'in_progress') and owner is not null"
					+ " and due_on <= :until and (" + column + " is null or " + column + " <> due_on)")
			.param("until", Date.valueOf(until))
			.query(this::mapAction)
			.list();
	}

	/** Marks a reminder as sent; false when another node got there first. */
	boolean markReminded(long id, LocalDate due, String column) {
		return this.jdbc
			.sql("update review_action set " + column + " = :due where id = :id and (" + column + " is null or "
					+ column + " <> :due)")
			.param("due", Date.valueOf(due))
			.param("id", id)
			.update() == 1;
	}

	private static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getLong("id"), rs.getLong("review_id"), rs.getString("author"), rs.getString("saw"),
				rs.getString("did"), rs.getString("expected"), rs.getString("assumed"), rs.getString("understood"),
				rs.getBoolean("shared"), Timestamps.fromColumn(rs, "updated_at"));
	}

	private ActionItem mapAction(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_on");
		String owner = rs.getString("owner");
		return new ActionItem(rs.getLong("id"), rs.getLong("review_id"), rs.getString("title"),
				(owner != null) ? this.people.shown(rs.getObject("owner_id", UUID.class), owner) : null,
				(due != null) ? due.toLocalDate() : null,
				WireCode.find(ActionStatus.class, rs.getString("status")).orElse(ActionStatus.OPEN),
				rs.getString("reason"), rs.getString("tracker_url"));
	}

}
