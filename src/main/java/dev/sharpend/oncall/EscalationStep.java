package dev.sharpend.oncall;

import java.time.Duration;
import java.util.List;

/**
 * One step of an escalation policy.
 *
 * @param delay how long the step waits for an acknowledgement before the next step fires
 * (1 minute to 24 hours); after the last step, before the policy repeats
 * @param targets who the step pages, in order
 * @param roundRobin whether each firing pages only the next target in turn rather than
 * all of them
 */
public record EscalationStep(Duration delay, List<EscalationTarget> targets, boolean roundRobin) {

	public EscalationStep {
		targets = List.copyOf(targets);
	}

}
