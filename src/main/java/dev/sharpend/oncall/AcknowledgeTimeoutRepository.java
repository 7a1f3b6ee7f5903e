package dev.sharpend.oncall;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * When the acknowledgements of escalations run out, and those that did, kept on the rows
 * of {@code oncall_escalation_run} so that a timeout is claimed like a due step.
 */
@Repository
class AcknowledgeTimeoutRepository {

	private final JdbcClient jdbc;

	AcknowledgeTimeoutRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Sets when the acknowledged escalation's acknowledgement runs out. */
	void arm(long group, Instant at) {
		this.jdbc.sql("""
				update oncall_escalation_run set acknowledge_timeout_at = :at
				where group_id = :group and state = 'acknowledged'""")
			.param("group", group)
			.param("at", Timestamps.toColumn(at))
			.update();
	}

	/**
	 * Locks up to {@code limit} acknowledged escalations whose acknowledgement ran out,
	 * until the caller's transaction ends; other nodes skip them, as they skip due steps.
	 */
	List<Due> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select group_id, policy_id, acknowledge_timeout_at from oncall_escalation_run
				where state = 'acknowledged' and acknowledge_timeout_at <= :now
				order by acknowledge_timeout_at limit :limit for update skip locked""")
			.param("now", Timestamps.toColumn(now))
			.param("limit", limit)
			.query((rs, n) -> new Due(rs.getLong("group_id"), new PolicyId(rs.getObject("policy_id", UUID.class)),
					Timestamps.fromColumn(rs, "acknowledge_timeout_at")))
			.list();
	}

	void disarm(long group) {
		this.jdbc.sql("update oncall_escalation_run set acknowledge_timeout_at = null where group_id = :group")
			.param("group", group)
			.update();
	}

	/**
	 * Starts the escalation over at its first step, due now, in a round after every round
	 * that fired, so that nobody's earlier page stands in for a new one.
	 */
	void restart(long group, Instant now) {
		int round = this.jdbc
			.sql("select coalesce(max(round_number), -1) + 1 from oncall_step_firing where group_id = :group")
			.param("group", group)
			.query(Integer.class)
			.single();
		this.jdbc.sql("""
				update oncall_escalation_run set state = 'active', next_step = 0, round_number = :round,
				first_round = :round, next_at = :now, acknowledge_timeout_at = null, updated_at = :now
				where group_id = :group""")
			.param("group", group)
			.param("round", round)
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	void record(AcknowledgementTimedOut timeout, Instant acknowledgedAt) {
		this.jdbc.sql("""
				insert into oncall_acknowledge_timeout (group_id, acknowledged_by, acknowledged_at, timed_out_at,
				minutes) values (:group, :by, :acknowledgedAt, :at, :minutes)""")
			.param("group", timeout.group())
			.param("by", timeout.acknowledgedBy())
			.param("acknowledgedAt", Timestamps.toColumn(acknowledgedAt))
			.param("at", Timestamps.toColumn(timeout.at()))
			.param("minutes", timeout.minutes())
			.update();
	}

	/** The group's timed out acknowledgements, oldest first. */
	List<AcknowledgementTimedOut> of(long group) {
		return undone(group).stream().map(Undone::timeout).toList();
	}

	/** The group's timed out acknowledgements with when each was made, oldest first. */
	List<Undone> undone(long group) {
		return this.jdbc.sql("select * from oncall_acknowledge_timeout where group_id = :group order by timed_out_at")
			.param("group", group)
			.query((rs,
					n) -> new Undone(
							new AcknowledgementTimedOut(group, rs.getString("acknowledged_by"), rs.getInt("minutes"),
									Timestamps.fromColumn(rs, "timed_out_at")),
							Timestamps.fromColumn(rs, "acknowledged_at")))
			.list();
	}

	/**
	 * An acknowledgement that timed out.
	 *
	 * @param timeout the timeout
	 * @param acknowledgedAt when the acknowledgement was made
	 */
	record Undone(AcknowledgementTimedOut timeout, Instant acknowledgedAt) {
	}

	/**
	 * An escalation whose acknowledgement ran out.
	 *
	 * @param group the alert group
	 * @param policy the policy it follows
	 * @param at when the acknowledgement ran out
	 */
	record Due(long group, PolicyId policy, Instant at) {
	}

}
