package dev.sharpend.oncall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EscalationPolicyRepository {

	private final JdbcClient jdbc;

	EscalationPolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<EscalationPolicy> policies() {
		return this.jdbc.sql("select * from oncall_escalation_policy order by name_key, id").query(this::map).list();
	}

	List<EscalationPolicy> policies(TeamId team) {
		return this.jdbc.sql("select * from oncall_escalation_policy where team_id = :team order by name_key, id")
			.param("team", team.value())
			.query(this::map)
			.list();
	}

	Optional<EscalationPolicy> policy(PolicyId id) {
		return this.jdbc.sql("select * from oncall_escalation_policy where id = :id")
			.param("id", id.value())
			.query(this::map)
			.optional();
	}

	boolean nameTaken(TeamId team, String name, PolicyId self) {
		return this.jdbc.sql(
				"select count(*) from oncall_escalation_policy where team_id = :team and name_key = :key and id <> :id")
			.param("team", team.value())
			.param("key", name.toLowerCase(Locale.ROOT))
			.param("id", self.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Inserts the policy or replaces its name, repeat count and steps. */
	void save(EscalationPolicy policy, Instant now) {
		int updated = this.jdbc.sql("""
				update oncall_escalation_policy set name = :name, name_key = :key, repeat_count = :repeat,
				acknowledge_timeout_minutes = :timeout, updated_at = :now where id = :id""")
			.param("timeout", timeoutMinutes(policy))
			.param("id", policy.id().value())
			.param("name", policy.name())
			.param("key", policy.name().toLowerCase(Locale.ROOT))
			.param("repeat", policy.repeat())
			.param("now", Timestamps.toColumn(now))
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into oncall_escalation_policy (id, team_id, name, name_key, repeat_count,
					acknowledge_timeout_minutes, created_at, updated_at)
					values (:id, :team, :name, :key, :repeat, :timeout, :now, :now)""")
				.param("timeout", timeoutMinutes(policy))
				.param("id", policy.id().value())
				.param("team", policy.team().value())
				.param("name", policy.name())
				.param("key", policy.name().toLowerCase(Locale.ROOT))
				.param("repeat", policy.repeat())
				.param("now", Timestamps.toColumn(now))
				.update();
		}
		this.jdbc.sql("delete from oncall_escalation_step where policy_id = :id")
			.param("id", policy.id().value())
			.update();
		for (int s = 0; s < policy.steps().size(); s++) {
			EscalationStep step = policy.steps().get(s);
			this.jdbc.sql("""
					insert into oncall_escalation_step (policy_id, position, delay_minutes, round_robin)
					values (:policy, :position, :delay, :roundRobin)""")
				.param("policy", policy.id().value())
				.param("position", s)
				.param("delay", (int) step.delay().toMinutes())
				.param("roundRobin", step.roundRobin())
				.update();
			for (int t = 0; t < step.targets().size(); t++) {
				EscalationTarget target = step.targets().get(t);
				this.jdbc.sql("""
						insert into oncall_escalation_target (policy_id, step_position, position, kind, target_id)
						values (:policy, :step, :position, :kind, :target)""")
					.param("policy", policy.id().value())
					.param("step", s)
					.param("position", t)
					.param("kind", target.kind().code())
					.param("target", target.id())
					.update();
			}
		}
	}

	void delete(PolicyId id) {
		this.jdbc.sql("delete from oncall_escalation_policy where id = :id").param("id", id.value()).update();
	}

	/** The integration's routes in the order they are tried. */
	List<Route> routes(UUID integration) {
		return this.jdbc.sql("select * from oncall_route where integration_id = :integration order by position")
			.param("integration", integration)
			.query(EscalationPolicyRepository::mapRoute)
			.list();
	}

	/** Every route to the policy. */
	List<Route> routesTo(PolicyId policy) {
		return this.jdbc.sql("select * from oncall_route where policy_id = :policy order by integration_id, position")
			.param("policy", policy.value())
			.query(EscalationPolicyRepository::mapRoute)
			.list();
	}

	void replaceRoutes(UUID integration, List<Route> routes) {
		this.jdbc.sql("delete from oncall_route where integration_id = :integration")
			.param("integration", integration)
			.update();
		for (int i = 0; i < routes.size(); i++) {
			Route route = routes.get(i);
			this.jdbc.sql("""
					insert into oncall_route (integration_id, position, matchers, policy_id, urgency)
					values (:integration, :position, :matchers, :policy, :urgency)""")
				.param("integration", integration)
				.param("position", i)
				.param("matchers", route.matchers())
				.param("policy", route.policy().value())
				.param("urgency", route.urgency().code())
				.update();
		}
	}

	private EscalationPolicy map(ResultSet rs, int row) throws SQLException {
		PolicyId id = new PolicyId(rs.getObject("id", UUID.class));
		List<EscalationTarget> targets = this.jdbc
			.sql("select * from oncall_escalation_target where policy_id = :id order by step_position, position")
			.param("id", id.value())
			.query((r, n) -> new EscalationTarget(WireCode.find(TargetKind.class, r.getString("kind")).orElseThrow(),
					r.getObject("target_id", UUID.class)))
			.list();
		List<Integer> targetSteps = this.jdbc.sql(
				"select step_position from oncall_escalation_target where policy_id = :id order by step_position, position")
			.param("id", id.value())
			.query(Integer.class)
			.list();
		List<EscalationStep> steps = this.jdbc
			.sql("select * from oncall_escalation_step where policy_id = :id order by position")
			.param("id", id.value())
			.query((r, n) -> {
				int position = r.getInt("position");
				List<EscalationTarget> own = new java.util.ArrayList<>();
				for (int i = 0; i < targets.size(); i++) {
					if (targetSteps.get(i) == position) {
						own.add(targets.get(i));
					}
				}
				return new EscalationStep(Duration.ofMinutes(r.getInt("delay_minutes")), own,
						r.getBoolean("round_robin"));
			})
			.list();
		return new EscalationPolicy(id, new TeamId(rs.getObject("team_id", UUID.class)), rs.getString("name"),
				rs.getInt("repeat_count"), steps, timeout(rs.getObject("acknowledge_timeout_minutes", Integer.class)));
	}

	private static @Nullable Integer timeoutMinutes(EscalationPolicy policy) {
		return (policy.acknowledgeTimeout() != null) ? (int) policy.acknowledgeTimeout().toMinutes() : null;
	}

	private static @Nullable Duration timeout(@Nullable Integer minutes) {
		return (minutes != null) ? Duration.ofMinutes(minutes) : null;
	}

	private static Route mapRoute(ResultSet rs, int row) throws SQLException {
		return new Route(rs.getObject("integration_id", UUID.class), rs.getString("matchers"),
				new PolicyId(rs.getObject("policy_id", UUID.class)),
				WireCode.find(Urgency.class, rs.getString("urgency")).orElse(Urgency.HIGH));
	}

}
