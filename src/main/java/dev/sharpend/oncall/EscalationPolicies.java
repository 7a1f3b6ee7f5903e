package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's escalation policies and the routes from alert integrations to them.
 */
@Service
@Transactional
public class EscalationPolicies {

	static final int MAX_STEPS = 20;

	static final int MAX_TARGETS = 20;

	static final int MAX_REPEAT = 9;

	static final int MAX_DELAY_MINUTES = 24 * 60;

	private final EscalationPolicyRepository repository;

	private final TeamRepository teams;

	private final People people;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EscalationPolicies(EscalationPolicyRepository repository, TeamRepository teams, People people,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.teams = teams;
		this.people = people;
		this.events = events;
		this.clock = clock;
	}

	/** Every team's policies, by name. */
	@Transactional(readOnly = true)
	public List<EscalationPolicy> all() {
		return this.repository.policies();
	}

	/** The team's policies, by name. */
	@Transactional(readOnly = true)
	public List<EscalationPolicy> list(TeamId team) {
		return this.repository.policies(team);
	}

	@Transactional(readOnly = true)
	public Optional<EscalationPolicy> find(PolicyId id) {
		return this.repository.policy(id);
	}

	/** The policy, or a not-found refusal. */
	@Transactional(readOnly = true)
	public EscalationPolicy require(PolicyId id) {
		return find(id).orElseThrow(() -> RequestRejected.notFound("There is no escalation policy " + id + "."));
	}

	/**
	 * The first of the integration's routes whose matchers all hold for the labels, if
	 * any.
	 */
	@Transactional(readOnly = true)
	public Optional<Route> route(UUID integration, Map<String, String> labels) {
		return this.repository.routes(integration).stream().filter((r) -> matches(r.matchers(), labels)).findFirst();
	}

	/**
	 * Whether every matcher ({@code name=value} or {@code name!=value}, joined by commas)
	 * holds; a missing label has the empty value, as in Alertmanager.
	 */
	static boolean matches(String matchers, Map<String, String> labels) {
		return RouteMatchers.matches(matchers, labels);
	}

	/**
	 * Adds a policy to a team.
	 * @throws RequestRejected naming the field: an unknown team, a blank or taken name, a
	 * repeat count outside 0–9, no steps, a step without targets, a delay outside 1–1440
	 * minutes, an unknown or deactivated user, an unknown schedule or team
	 */
	public EscalationPolicy create(PolicyDraft draft) {
		if (draft.team() == null || draft.team().isBlank()) {
			throw RequestRejected.invalid("team", "Name the team the policy belongs to by its id.");
		}
		EscalationPolicy policy = checked(PolicyId.random(), team(draft.team()), draft);
		add(policy);
		return policy;
	}

	/**
	 * Saves a checked new policy and records its creation, in the audit log too; imports
	 * add the policies they planned this way, as the editor does.
	 */
	void add(EscalationPolicy policy) {
		this.repository.save(policy, this.clock.instant());
		this.events.publishEvent(new EscalationPolicyCreated(policy.id().toString(), summary(policy)));
	}

	/** Replaces the policy's name, repeat count and steps; a null team keeps its team. */
	public EscalationPolicy update(PolicyId id, PolicyDraft draft) {
		EscalationPolicy current = require(id);
		TeamId team = (draft.team() != null && !draft.team().isBlank()) ? team(draft.team()) : current.team();
		EscalationPolicy policy = checked(id, team, draft);
		this.repository.save(policy, this.clock.instant());
		this.events.publishEvent(new EscalationPolicyChanged(id.toString(), summary(policy)));
		return policy;
	}

	/**
	 * Deletes the policy.
	 * @throws RequestRejected (conflict) while an integration routes to it, since its
	 * alert groups would then page nobody without anyone having chosen that
	 */
	public void delete(PolicyId id) {
		EscalationPolicy policy = require(id);
		List<Route> routes = this.repository.routesTo(id);
		if (!routes.isEmpty()) {
			throw RequestRejected.conflict("routes",
					routes.size() + " route(s) of integration " + routes.get(0).integration() + " send alert groups to "
							+ policy.name() + "; route them elsewhere first.");
		}
		this.repository.delete(id);
		this.events.publishEvent(new EscalationPolicyDeleted(id.toString(), "name=" + policy.name()));
	}

	/** The policy in words: who is paged when if nobody acknowledges. */
	@Transactional(readOnly = true)
	public String preview(EscalationPolicy policy) {
		return EscalationPreview.describe(policy.repeat(), policy.steps(), this::label)
				+ EscalationPreview.timeout(policy.acknowledgeTimeout());
	}

	/**
	 * A draft in words, before it is saved; its name and team are not checked.
	 * @throws RequestRejected naming the field when the repeat count or a step is not
	 * valid
	 */
	@Transactional(readOnly = true)
	public String preview(PolicyDraft draft) {
		return EscalationPreview.describe(repeat(draft.repeat()), steps(draft.steps()), this::label)
				+ EscalationPreview.timeout(acknowledgeTimeout(draft.acknowledgeTimeoutMinutes()));
	}

	/** The name a target is shown by: a user's name, a schedule's or a team's. */
	@Transactional(readOnly = true)
	public String label(EscalationTarget target) {
		return switch (target.kind()) {
			case USER -> {
				Person person = this.people.shown(target.id(), "");
				yield person.user() ? person.name() : "an unknown user";
			}
			case SCHEDULE ->
				this.teams.schedule(new ScheduleId(target.id())).map(Schedule::name).orElse("a deleted schedule");
			case TEAM -> this.teams.team(new TeamId(target.id())).map(Team::name).orElse("a deleted team");
		};
	}

	private EscalationPolicy checked(PolicyId id, TeamId team, PolicyDraft draft) {
		String name = OnCallInput.name(draft.name(), "escalation policy");
		if (this.repository.nameTaken(team, name, id)) {
			throw RequestRejected.conflict("name", "The team has a policy named " + name + " already.");
		}
		return new EscalationPolicy(id, team, name, repeat(draft.repeat()), steps(draft.steps()),
				acknowledgeTimeout(draft.acknowledgeTimeoutMinutes()));
	}

	private TeamId team(String given) {
		UUID id;
		try {
			id = UUID.fromString(given.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("team", "Name the team by its id, not " + given + ".");
		}
		return this.teams.team(new TeamId(id))
			.map(Team::id)
			.orElseThrow(() -> RequestRejected.invalid("team", "There is no team " + id + "."));
	}

	private static int repeat(@Nullable Integer repeat) {
		int times = (repeat != null) ? repeat : 0;
		if (times < 0 || times > MAX_REPEAT) {
			throw RequestRejected.invalid("repeat",
					"A policy repeats 0 to " + MAX_REPEAT + " times after its last step, not " + times + ".");
		}
		return times;
	}

	private static @Nullable Duration acknowledgeTimeout(@Nullable Integer minutes) {
		if (minutes == null) {
			return null;
		}
		if (minutes < 1 || minutes > MAX_DELAY_MINUTES) {
			throw RequestRejected.invalid("acknowledgeTimeoutMinutes", "An acknowledgement times out after 1 to "
					+ MAX_DELAY_MINUTES + " minutes (24 hours), or never when left empty, not " + minutes + ".");
		}
		return Duration.ofMinutes(minutes);
	}

	private List<EscalationStep> steps(List<PolicyDraft.StepDraft> drafts) {
		if (drafts.isEmpty()) {
			throw RequestRejected.invalid("steps", "A policy needs at least one step.");
		}
		if (drafts.size() > MAX_STEPS) {
			throw RequestRejected.invalid("steps", "A policy has at most " + MAX_STEPS + " steps.");
		}
		List<EscalationStep> steps = new ArrayList<>();
		for (int s = 0; s < drafts.size(); s++) {
			PolicyDraft.StepDraft draft = drafts.get(s);
			String field = "steps[" + s + "]";
			Integer delay = draft.delayMinutes();
			if (delay == null || delay < 1 || delay > MAX_DELAY_MINUTES) {
				throw RequestRejected.invalid(field + ".delayMinutes", "Step " + (s + 1) + " waits 1 to "
						+ MAX_DELAY_MINUTES + " minutes (24 hours) for an acknowledgement, not " + delay + ".");
			}
			if (draft.targets().isEmpty() || draft.targets().size() > MAX_TARGETS) {
				throw RequestRejected.invalid(field + ".targets",
						"Step " + (s + 1) + " needs 1 to " + MAX_TARGETS + " targets: a person, a schedule or a team.");
			}
			List<EscalationTarget> targets = new ArrayList<>();
			for (int t = 0; t < draft.targets().size(); t++) {
				targets.add(target(field + ".targets[" + t + "]", draft.targets().get(t)));
			}
			steps.add(new EscalationStep(Duration.ofMinutes(delay), targets, draft.roundRobin()));
		}
		return steps;
	}

	private EscalationTarget target(String field, PolicyDraft.TargetDraft draft) {
		TargetKind kind = WireCode.parse(TargetKind.class, draft.type(), field + ".type");
		String given = (draft.id() != null) ? draft.id().strip() : "";
		String idField = field + ".id";
		if (given.isEmpty()) {
			throw RequestRejected.invalid(idField, "Name the " + kind.code() + " to page.");
		}
		if (kind == TargetKind.USER) {
			return new EscalationTarget(kind, this.people.require(given, idField).id().value());
		}
		UUID id;
		try {
			id = UUID.fromString(given);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(idField, "Name the " + kind.code() + " by its id, not " + given + ".");
		}
		boolean exists = (kind == TargetKind.SCHEDULE) ? this.teams.schedule(new ScheduleId(id)).isPresent()
				: this.teams.team(new TeamId(id)).isPresent();
		if (!exists) {
			throw RequestRejected.invalid(idField, "There is no " + kind.code() + " " + id + ".");
		}
		return new EscalationTarget(kind, id);
	}

	private static String summary(EscalationPolicy policy) {
		return "team=" + policy.team() + ", name=" + policy.name() + ", repeat=" + policy.repeat()
				+ ((policy.acknowledgeTimeout() != null)
						? ", acknowledgeTimeout=" + policy.acknowledgeTimeout().toMinutes() + "min" : "")
				+ ", steps="
				+ policy.steps()
					.stream()
					.map((s) -> s.delay().toMinutes() + "min/" + s.targets().size() + (s.roundRobin() ? "rr" : ""))
					.collect(Collectors.joining(" "));
	}

}
