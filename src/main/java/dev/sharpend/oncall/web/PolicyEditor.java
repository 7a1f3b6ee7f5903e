package dev.sharpend.oncall.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.EscalationPolicy;
import dev.sharpend.oncall.EscalationStep;
import dev.sharpend.oncall.EscalationTarget;
import dev.sharpend.oncall.PolicyDraft;
import dev.sharpend.oncall.TargetKind;

/**
 * The escalation policy form as entered: strings, so a refused form comes back exactly as
 * typed. Each step lists its people, schedules and teams; the page adds one empty choice
 * of each, so a target is added by filling it in, without scripts.
 *
 * @param name the policy's name
 * @param repeat how many times it starts over
 * @param steps the steps in order
 * @param acknowledgeTimeout minutes an acknowledgement holds, empty for as long as the
 * group is open
 */
record PolicyEditor(String name, String repeat, List<Step> steps, String acknowledgeTimeout) {

	static final String DEFAULT_DELAY = "10";

	private static final Pattern STEP_FIELD = Pattern.compile("steps\\[(\\d{1,2})]\\.delayMinutes");

	PolicyEditor {
		steps = List.copyOf(steps);
	}

	/**
	 * One step as entered.
	 *
	 * @param delayMinutes minutes to wait for an acknowledgement
	 * @param roundRobin whether targets take turns
	 * @param users people as {@code Name <e-mail>} or as typed
	 * @param schedules schedule ids
	 * @param teams team ids
	 */
	record Step(String delayMinutes, boolean roundRobin, List<String> users, List<String> schedules,
			List<String> teams) {

		Step {
			users = List.copyOf(users);
			schedules = List.copyOf(schedules);
			teams = List.copyOf(teams);
		}

		static Step blank() {
			return new Step(DEFAULT_DELAY, false, List.of(), List.of(), List.of());
		}

		/** The people and one empty choice to add another. */
		public List<String> userChoices() {
			return withEmpty(this.users);
		}

		public List<String> scheduleChoices() {
			return withEmpty(this.schedules);
		}

		public List<String> teamChoices() {
			return withEmpty(this.teams);
		}

		private static List<String> withEmpty(List<String> values) {
			List<String> choices = new ArrayList<>(values);
			choices.add("");
			return choices;
		}

		PolicyDraft.StepDraft draft() {
			List<PolicyDraft.TargetDraft> targets = new ArrayList<>();
			this.users.forEach((u) -> targets.add(PolicyDraft.TargetDraft.user(u)));
			this.schedules.forEach((s) -> targets.add(PolicyDraft.TargetDraft.schedule(s)));
			this.teams.forEach((t) -> targets.add(PolicyDraft.TargetDraft.team(t)));
			return new PolicyDraft.StepDraft(integer(this.delayMinutes), this.roundRobin, targets);
		}

	}

	static PolicyEditor blank() {
		return new PolicyEditor("", "0", List.of(Step.blank()), "");
	}

	/**
	 * The policy as its form shows it.
	 * @param person how a user is offered in the picker, {@code Name <e-mail>}
	 */
	static PolicyEditor of(EscalationPolicy policy, Function<UUID, String> person) {
		List<Step> steps = new ArrayList<>();
		for (EscalationStep s : policy.steps()) {
			steps.add(new Step(String.valueOf(s.delay().toMinutes()), s.roundRobin(),
					ids(s, TargetKind.USER).stream().map(person).toList(),
					ids(s, TargetKind.SCHEDULE).stream().map(UUID::toString).toList(),
					ids(s, TargetKind.TEAM).stream().map(UUID::toString).toList()));
		}
		return new PolicyEditor(policy.name(), String.valueOf(policy.repeat()), steps,
				(policy.acknowledgeTimeout() != null) ? String.valueOf(policy.acknowledgeTimeout().toMinutes()) : "");
	}

	private static List<UUID> ids(EscalationStep step, TargetKind kind) {
		return step.targets().stream().filter((t) -> t.kind() == kind).map(EscalationTarget::id).toList();
	}

	/** What was submitted, leaving out the steps marked for removal. */
	static PolicyEditor submitted(Map<String, String[]> params) {
		List<Integer> indexes = new ArrayList<>();
		for (String key : params.keySet()) {
			Matcher m = STEP_FIELD.matcher(key);
			if (m.matches()) {
				indexes.add(Integer.parseInt(m.group(1)));
			}
		}
		indexes.sort(null);
		List<Step> steps = new ArrayList<>();
		for (int i : indexes) {
			String prefix = "steps[" + i + "].";
			if (params.containsKey(prefix + "remove")) {
				continue;
			}
			steps.add(new Step(first(params, prefix + "delayMinutes"), params.containsKey(prefix + "roundRobin"),
					filled(params, prefix + "users"), filled(params, prefix + "schedules"),
					filled(params, prefix + "teams")));
		}
		return new PolicyEditor(first(params, "name"), first(params, "repeat"), steps,
				first(params, "acknowledgeTimeoutMinutes"));
	}

	PolicyEditor withStep() {
		List<Step> more = new ArrayList<>(this.steps);
		more.add(Step.blank());
		return new PolicyEditor(this.name, this.repeat, more, this.acknowledgeTimeout);
	}

	/** The draft to check and save, for the team given or null to keep it. */
	PolicyDraft draft(@Nullable String team) {
		return new PolicyDraft(team, this.name, integer(this.repeat), this.steps.stream().map(Step::draft).toList(),
				this.acknowledgeTimeout.isBlank() ? null : timeout(this.acknowledgeTimeout));
	}

	private static @Nullable Integer integer(String value) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A timeout that is not a number is refused by its range rather than dropped. */
	private static Integer timeout(String value) {
		Integer minutes = integer(value);
		return (minutes != null) ? minutes : -1;
	}

	private static String first(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return (values != null && values.length > 0) ? values[0] : "";
	}

	private static List<String> filled(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return (values != null) ? List.of(values).stream().map(String::strip).filter((v) -> !v.isEmpty()).toList()
				: List.of();
	}

}
