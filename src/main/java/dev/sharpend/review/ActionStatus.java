package dev.sharpend.review;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where an action item stands. */
@NamedInterface("api")
public enum ActionStatus implements WireCode {

	/** Agreed, not started. */
	OPEN("open", "Open"),

	/** Someone is working on it. */
	IN_PROGRESS("in_progress", "In progress"),

	/** Done. */
	DONE("done", "Done"),

	/** Decided against, with the reason recorded. */
	WONT_DO("wont_do", "Won't do");

	private final String code;

	private final String label;

	ActionStatus(String code, String label) {
		this.code = code;
		this.label = label;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** Whether it still needs doing (open or in progress). */
	public boolean pending() {
		return this == OPEN || this == IN_PROGRESS;
	}

}
