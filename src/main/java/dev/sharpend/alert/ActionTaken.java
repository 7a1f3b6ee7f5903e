package dev.sharpend.alert;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/**
 * The answer a responder gives, once an alert group has resolved, to "was action taken?":
 * one of these, optional, and replaced when given again.
 */
@NamedInterface("api")
public enum ActionTaken implements WireCode {

	/** Someone did something about what the alerts reported. */
	ACTION_TAKEN("action_taken", "Action taken"),

	/** Nothing was done; the rule's threshold needs adjusting. */
	THRESHOLD_NEEDS_ADJUSTING("threshold_needs_adjusting", "No action: threshold needs adjusting"),

	/** Nothing was done; the check itself is faulty. */
	CHECK_FAULTY("check_faulty", "No action: check is faulty"),

	/** Nothing was done; planned work caused it and it should have been silenced. */
	WORK_ONGOING("work_ongoing", "No action: work was ongoing (should have been silenced)"),

	/** Nothing was done; there was nothing anyone could have done. */
	NOT_ACTIONABLE("not_actionable", "No action: not actionable");

	private final String code;

	private final String label;

	ActionTaken(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The answer as the group page offers it. */
	public String label() {
		return this.label;
	}

}
