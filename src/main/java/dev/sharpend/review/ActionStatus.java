package dev.sharpend.review;

import java.util.Arrays;
import java.util.Optional;

/** Where an action item stands. */
public enum ActionStatus {

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

	public static Optional<ActionStatus> fromCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code.equals(code)).findFirst();
	}

	static String codes() {
		return String.join(", ", Arrays.stream(values()).map(ActionStatus::code).toList());
	}

}
