package dev.sharpend.oncall;

import java.time.Instant;

import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

/**
 * The escalation of one paged alert group.
 *
 * @param group the alert group
 * @param policy the policy it follows
 * @param urgency the urgency of its pages
 * @param title the group's title when it opened
 * @param nextStep the step that fires next (from 0)
 * @param round how many times the policy has started over
 * @param nextAt when the next step fires, null once the escalation stopped
 * @param state where it stands
 * @param firstRound the round it last started from: 0, or the round after those fired
 * before an acknowledgement timed out; the policy's repeat count is measured from it
 */
record EscalationRun(long group, PolicyId policy, Urgency urgency, String title, int nextStep, int round,
		@Nullable Instant nextAt, State state, int firstRound) {

	/** An escalation that has not started over after an acknowledgement timed out. */
	EscalationRun(long group, PolicyId policy, Urgency urgency, String title, int nextStep, int round,
			@Nullable Instant nextAt, State state) {
		this(group, policy, urgency, title, nextStep, round, nextAt, state, 0);
	}

	/** Where an escalation stands. */
	enum State implements WireCode {

		/** Steps fire when due until someone acknowledges. */
		ACTIVE("active"),

		/** Someone acknowledged: no further step fires. */
		ACKNOWLEDGED("acknowledged"),

		/** The group resolved: nothing more happens. */
		RESOLVED("resolved"),

		/** Every step of every round fired and nobody acknowledged. */
		EXHAUSTED("exhausted");

		private final String code;

		State(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

	}

}
