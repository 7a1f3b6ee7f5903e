package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pages and their notifications. */
@Repository
class PageRecordRepository {

	private static final String NOTIFICATION = """
			select n.*, p.group_id from oncall_page_notification n join oncall_page p on p.id = n.page_id""";

	private final JdbcClient jdbc;

	PageRecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records the page unless this firing paged the person already.
	 * @return the new page, empty when it existed
	 */
	Optional<Page> add(long group, UserId person, int step, int round, Instant at) {
		int existing = this.jdbc.sql("""
				select count(*) from oncall_page where group_id = :group and user_id = :user and step = :step
				and round_number = :round""")
			.param("group", group)
			.param("user", person.value())
			.param("step", step)
			.param("round", round)
			.query(Integer.class)
			.single();
		if (existing > 0) {
			return Optional.empty();
		}
		Page page = new Page(UUID.randomUUID(), group, person, step, round, at);
		this.jdbc.sql("""
				insert into oncall_page (id, group_id, user_id, step, round_number, paged_at)
				values (:id, :group, :user, :step, :round, :at)""")
			.param("id", page.id())
			.param("group", group)
			.param("user", person.value())
			.param("step", step)
			.param("round", round)
			.param("at", Timestamps.toColumn(at))
			.update();
		return Optional.of(page);
	}

	UUID addNotification(Page page, PlannedContact contact, boolean digest, PageNotification.State state,
			@Nullable Instant sentAt) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into oncall_page_notification (id, page_id, user_id, method_id, label, due_at, state, digest,
				sent_at) values (:id, :page, :user, :method, :label, :due, :state, :digest, :sentAt)""")
			.param("id", id)
			.param("page", page.id())
			.param("user", page.person().value())
			.param("method", contact.method())
			.param("label", contact.label())
			.param("due", Timestamps.toColumn(contact.due()))
			.param("state", state.code())
			.param("digest", digest)
			.param("sentAt", Timestamps.toColumn(sentAt))
			.update();
		return id;
	}

	Optional<Page> page(UUID id) {
		return this.jdbc.sql("select * from oncall_page where id = :id")
			.param("id", id)
			.query(PageRecordRepository::mapPage)
			.optional();
	}

	/**
	 * The pages with these ids, each with the urgency of its group's escalation (high
	 * when the escalation is gone), read at once for a batch of notifications.
	 */
	Map<UUID, UrgentPage> pagesWithUrgency(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<UUID, UrgentPage> pages = new HashMap<>();
		this.jdbc.sql("""
				select p.*, r.urgency from oncall_page p left join oncall_escalation_run r on r.group_id = p.group_id
				where p.id in (:ids)""")
			.param("ids", ids)
			.query((rs, n) -> new UrgentPage(mapPage(rs, n),
					WireCode.find(Urgency.class, rs.getString("urgency")).orElse(Urgency.HIGH)))
			.list()
			.forEach((p) -> pages.put(p.page().id(), p));
		return pages;
	}

	/** The group's pages, oldest first. */
	List<Page> pagesOf(long group) {
		return this.jdbc.sql("select * from oncall_page where group_id = :group order by paged_at, step, id")
			.param("group", group)
			.query(PageRecordRepository::mapPage)
			.list();
	}

	/** Pages matching the filter, newest first. */
	List<Page> find(@Nullable Long group, @Nullable UserId person, long offset, int limit) {
		return this.jdbc
			.sql("select * from oncall_page where " + filter(group, person)
					+ " order by paged_at desc, id limit :limit offset :offset")
			.param("group", group)
			.param("user", (person != null) ? person.value() : null)
			.param("limit", limit)
			.param("offset", offset)
			.query(PageRecordRepository::mapPage)
			.list();
	}

	long count(@Nullable Long group, @Nullable UserId person) {
		return this.jdbc.sql("select count(*) from oncall_page where " + filter(group, person))
			.param("group", group)
			.param("user", (person != null) ? person.value() : null)
			.query(Long.class)
			.single();
	}

	private static String filter(@Nullable Long group, @Nullable UserId person) {
		return ((group != null) ? "group_id = :group" : "1 = 1") + ((person != null) ? " and user_id = :user" : "");
	}

	/** The person's latest pages, newest first. */
	List<Page> latestOf(UserId person, int limit) {
		return find(null, person, 0, limit);
	}

	/** The page's notifications in due order. */
	List<PageNotification> notificationsOf(UUID page) {
		return this.jdbc.sql(NOTIFICATION + " where n.page_id = :page order by n.due_at, n.id")
			.param("page", page)
			.query(PageRecordRepository::mapNotification)
			.list();
	}

	/**
	 * Locks up to {@code limit} due notifications until the caller's transaction ends;
	 * other nodes skip them.
	 */
	List<PageNotification> claimDue(Instant now, int limit) {
		List<UUID> ids = this.jdbc.sql("""
				select id from oncall_page_notification where state = 'pending' and due_at <= :now
				order by due_at limit :limit for update skip locked""")
			.param("now", Timestamps.toColumn(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		return byId(ids);
	}

	/**
	 * The notifications, by person and then due time: the order in which their people's
	 * rows are locked, the same in every transaction, so that two never wait for each
	 * other.
	 */
	private List<PageNotification> byId(List<UUID> ids) {
		return ids.isEmpty() ? List.of()
				: this.jdbc.sql(NOTIFICATION + " where n.id in (:ids) order by n.user_id, n.due_at, n.id")
					.param("ids", ids)
					.query(PageRecordRepository::mapNotification)
					.list();
	}

	/** Notifications sent to the person since the instant, digests included. */
	int sentSince(UserId person, Instant since) {
		return this.jdbc.sql("""
				select count(*) from oncall_page_notification where user_id = :user and state = 'sent'
				and sent_at > :since""")
			.param("user", person.value())
			.param("since", Timestamps.toColumn(since))
			.query(Integer.class)
			.single();
	}

	/** The person's held notifications, oldest first. */
	List<PageNotification> held(UserId person) {
		return this.jdbc.sql(NOTIFICATION + " where n.user_id = :user and n.state = 'held' order by n.due_at, n.id")
			.param("user", person.value())
			.query(PageRecordRepository::mapNotification)
			.list();
	}

	/** People with held notifications, in the order their rows are locked. */
	List<UserId> holding() {
		return this.jdbc
			.sql("select distinct user_id from oncall_page_notification where state = 'held' order by user_id")
			.query((rs, n) -> new UserId(rs.getObject(1, UUID.class)))
			.list();
	}

	void mark(UUID notification, PageNotification.State state, @Nullable Instant sentAt, @Nullable UUID sentIn) {
		this.jdbc
			.sql("update oncall_page_notification set state = :state, sent_at = :sentAt, sent_in = :in where id = :id")
			.param("id", notification)
			.param("state", state.code())
			.param("sentAt", Timestamps.toColumn(sentAt))
			.param("in", sentIn)
			.update();
	}

	/** Marks the notifications sent at the instant, in one statement. */
	void markSent(Collection<UUID> notifications, Instant at) {
		if (notifications.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("update oncall_page_notification set state = 'sent', sent_at = :at, sent_in = null where id in (:ids)")
			.param("ids", notifications)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/** Cancels what the group's pages have not sent yet. */
	int cancelOpen(long group) {
		return this.jdbc
			.sql("""
					update oncall_page_notification set state = 'cancelled'
					where state in ('pending', 'held') and page_id in (select id from oncall_page where group_id = :group)""")
			.param("group", group)
			.update();
	}

	/** A page and how urgent its escalation is. */
	record UrgentPage(Page page, Urgency urgency) {
	}

	private static Page mapPage(ResultSet rs, int row) throws SQLException {
		return new Page(rs.getObject("id", UUID.class), rs.getLong("group_id"),
				new UserId(rs.getObject("user_id", UUID.class)), rs.getInt("step"), rs.getInt("round_number"),
				Timestamps.fromColumn(rs, "paged_at"));
	}

	private static PageNotification mapNotification(ResultSet rs, int row) throws SQLException {
		PlannedContact contact = new PlannedContact(Timestamps.fromColumn(rs, "due_at"),
				rs.getObject("method_id", UUID.class), rs.getString("label"));
		return new PageNotification(rs.getObject("id", UUID.class), rs.getObject("page_id", UUID.class),
				new UserId(rs.getObject("user_id", UUID.class)), contact,
				WireCode.find(PageNotification.State.class, rs.getString("state")).orElseThrow(),
				rs.getBoolean("digest"), Timestamps.fromColumn(rs, "sent_at"));
	}

}
