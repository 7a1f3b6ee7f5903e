package dev.sharpend.oncall;

import java.util.List;

import dev.sharpend.oncall.api.TeamId;

/**
 * A team's ordered escalation steps.
 *
 * @param id the policy
 * @param team the team that owns it
 * @param name its name, unique within the team
 * @param repeat how many times the policy starts over after its last step (0–9)
 * @param steps the steps in order, at least one
 */
public record EscalationPolicy(PolicyId id, TeamId team, String name, int repeat, List<EscalationStep> steps) {

	public EscalationPolicy {
		steps = List.copyOf(steps);
	}

}
