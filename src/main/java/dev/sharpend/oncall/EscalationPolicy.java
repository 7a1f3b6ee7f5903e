package dev.sharpend.oncall;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.api.TeamId;

/**
 * A team's ordered escalation steps.
 *
 * @param id the policy
 * @param team the team that owns it
 * @param name its name, unique within the team
 * @param repeat how many times the policy starts over after its last step (0–9)
 * @param steps the steps in order, at least one
 * @param acknowledgeTimeout how long an acknowledgement holds before the group returns to
 * triggered and paging starts over, null when it holds until the group resolves
 */
public record EscalationPolicy(PolicyId id, TeamId team, String name, int repeat, List<EscalationStep> steps,
		@Nullable Duration acknowledgeTimeout) {

	public EscalationPolicy {
		steps = List.copyOf(steps);
	}

	/** A policy whose acknowledgements hold until the group resolves. */
	public EscalationPolicy(PolicyId id, TeamId team, String name, int repeat, List<EscalationStep> steps) {
		this(id, team, name, repeat, steps, null);
	}

}
