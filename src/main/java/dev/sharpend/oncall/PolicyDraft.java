package dev.sharpend.oncall;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An escalation policy as a caller describes it, checked by {@link EscalationPolicies}.
 *
 * @param team the owning team's id, or null to keep the team on an edit
 * @param name the policy's name, unique within its team
 * @param repeat how many times the policy starts over (0–9), null for none
 * @param steps the steps in order
 * @param acknowledgeTimeoutMinutes how long an acknowledgement holds (1–1440) before
 * paging starts over, null for as long as the group is open
 */
public record PolicyDraft(@Nullable String team, @Nullable String name, @Nullable Integer repeat, List<StepDraft> steps,
		@Nullable Integer acknowledgeTimeoutMinutes) {

	public PolicyDraft {
		steps = List.copyOf(steps);
	}

	/** A draft whose acknowledgements hold until the group resolves. */
	public PolicyDraft(@Nullable String team, @Nullable String name, @Nullable Integer repeat, List<StepDraft> steps) {
		this(team, name, repeat, steps, null);
	}

	/**
	 * A step as a caller gives it.
	 *
	 * @param delayMinutes how long it waits for an acknowledgement (1–1440)
	 * @param roundRobin whether each firing pages only the next target in turn
	 * @param targets who it pages
	 */
	public record StepDraft(@Nullable Integer delayMinutes, boolean roundRobin, List<TargetDraft> targets) {

		public StepDraft {
			targets = List.copyOf(targets);
		}

	}

	/**
	 * A target as a caller gives it.
	 *
	 * @param type {@code user}, {@code schedule} or {@code team}
	 * @param id the target's id; a user may also be named by e-mail address (or as
	 * {@code Name <e-mail>})
	 */
	public record TargetDraft(@Nullable String type, @Nullable String id) {

		public static TargetDraft user(String given) {
			return new TargetDraft(TargetKind.USER.code(), given);
		}

		public static TargetDraft schedule(String id) {
			return new TargetDraft(TargetKind.SCHEDULE.code(), id);
		}

		public static TargetDraft team(String id) {
			return new TargetDraft(TargetKind.TEAM.code(), id);
		}

	}

}
