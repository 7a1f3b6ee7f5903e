package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Escalations and what each of their steps did when it fired. */
@Repository
class EscalationRunRepository {

	private final JdbcClient jdbc;

	EscalationRunRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Starts the group's escalation unless it has one (a redelivered event). */
	boolean start(EscalationRun run, Instant now) {
		if (find(run.group()).isPresent()) {
			return false;
		}
		this.jdbc.sql("""
				insert into oncall_escalation_run (group_id, policy_id, urgency, title, next_step, round_number,
				next_at, state, created_at, updated_at)
				values (:group, :policy, :urgency, :title, 0, 0, :now, 'active', :now, :now)""")
			.param("group", run.group())
			.param("policy", run.policy().value())
			.param("urgency", run.urgency().code())
			.param("title", run.title())
			.param("now", Timestamps.toColumn(now))
			.update();
		return true;
	}

	Optional<EscalationRun> find(long group) {
		return this.jdbc.sql("select * from oncall_escalation_run where group_id = :group")
			.param("group", group)
			.query(EscalationRunRepository::map)
			.optional();
	}

	/**
	 * Locks up to {@code limit} due escalations until the caller's transaction ends.
	 * Other nodes skip the locked rows rather than wait, and a node that dies releases
	 * them with its connection, so another node fires them on its next poll. H2 (2.2 and
	 * later) understands {@code SKIP LOCKED} as PostgreSQL does, so one statement serves
	 * both.
	 */
	List<EscalationRun> claimDue(Instant now, int limit) {
		return this.jdbc.sql("""
				select * from oncall_escalation_run where state = 'active' and next_at <= :now
				order by next_at limit :limit for update skip locked""")
			.param("now", Timestamps.toColumn(now))
			.param("limit", limit)
			.query(EscalationRunRepository::map)
			.list();
	}

	/** Locks the group's escalation if it is still active and due. */
	Optional<EscalationRun> claim(long group, Instant now) {
		return this.jdbc.sql("""
				select * from oncall_escalation_run where group_id = :group and state = 'active'
				and next_at <= :now for update skip locked""")
			.param("group", group)
			.param("now", Timestamps.toColumn(now))
			.query(EscalationRunRepository::map)
			.optional();
	}

	void advance(long group, int nextStep, int round, Instant nextAt, Instant now) {
		this.jdbc.sql("""
				update oncall_escalation_run set next_step = :step, round_number = :round, next_at = :nextAt,
				updated_at = :now where group_id = :group""")
			.param("group", group)
			.param("step", nextStep)
			.param("round", round)
			.param("nextAt", Timestamps.toColumn(nextAt))
			.param("now", Timestamps.toColumn(now))
			.update();
	}

	/**
	 * Stops the escalation, if it is in one of the given states.
	 * @return whether it stopped now
	 */
	boolean stop(long group, EscalationRun.State to, List<EscalationRun.State> from, Instant now) {
		return this.jdbc.sql("""
				update oncall_escalation_run set state = :to, next_at = null, updated_at = :now
				where group_id = :group and state in (:from)""")
			.param("group", group)
			.param("to", to.code())
			.param("from", from.stream().map(EscalationRun.State::code).toList())
			.param("now", Timestamps.toColumn(now))
			.update() == 1;
	}

	/** Starts an acknowledged escalation over at its first step. */
	boolean reopen(long group, Instant now) {
		return this.jdbc.sql("""
				update oncall_escalation_run set state = 'active', next_step = 0, round_number = 0,
				next_at = :now, updated_at = :now where group_id = :group and state = 'acknowledged'""")
			.param("group", group)
			.param("now", Timestamps.toColumn(now))
			.update() == 1;
	}

	/**
	 * Records that a step fired.
	 * @return false when it had fired already (then nothing is paged again)
	 */
	boolean fired(EscalationRun run, Instant at, String note) {
		int done = this.jdbc.sql("""
				select count(*) from oncall_step_firing where group_id = :group and step = :step
				and round_number = :round""")
			.param("group", run.group())
			.param("step", run.nextStep())
			.param("round", run.round())
			.query(Integer.class)
			.single();
		if (done > 0) {
			return false;
		}
		this.jdbc.sql("""
				insert into oncall_step_firing (group_id, step, round_number, policy_id, fired_at, note)
				values (:group, :step, :round, :policy, :at, :note)""")
			.param("group", run.group())
			.param("step", run.nextStep())
			.param("round", run.round())
			.param("policy", run.policy().value())
			.param("at", Timestamps.toColumn(at))
			.param("note", note)
			.update();
		return true;
	}

	void note(long group, int step, int round, String note) {
		this.jdbc.sql("""
				update oncall_step_firing set note = :note where group_id = :group and step = :step
				and round_number = :round""")
			.param("group", group)
			.param("step", step)
			.param("round", round)
			.param("note", note)
			.update();
	}

	/** How often the policy's step fired before, to take round-robin turns. */
	int turns(PolicyId policy, int step) {
		return this.jdbc.sql("select count(*) from oncall_step_firing where policy_id = :policy and step = :step")
			.param("policy", policy.value())
			.param("step", step)
			.query(Integer.class)
			.single();
	}

	/** What the group's steps did, in order. */
	List<StepFiring> firings(long group) {
		return this.jdbc
			.sql("select * from oncall_step_firing where group_id = :group order by fired_at, round_number, step")
			.param("group", group)
			.query((rs, n) -> new StepFiring(rs.getInt("step"), rs.getInt("round_number"),
					Timestamps.fromColumn(rs, "fired_at"), rs.getString("note")))
			.list();
	}

	private static EscalationRun map(ResultSet rs, int row) throws SQLException {
		return new EscalationRun(rs.getLong("group_id"), new PolicyId(rs.getObject("policy_id", UUID.class)),
				WireCode.find(Urgency.class, rs.getString("urgency")).orElse(Urgency.HIGH), rs.getString("title"),
				rs.getInt("next_step"), rs.getInt("round_number"), Timestamps.fromColumn(rs, "next_at"),
				WireCode.find(EscalationRun.State.class, rs.getString("state")).orElseThrow(),
				rs.getInt("first_round"));
	}

	/** What one firing of a step did. */
	record StepFiring(int step, int round, Instant at, String note) {
	}

}
