package dev.sharpend.review;

import java.util.Arrays;
import java.util.Optional;

/** Where a review stands; it moves on one step at a time, or back to draft. */
public enum ReviewStatus {

	/** Being written; seen only by people who write reviews. */
	DRAFT,

	/** Ready to be talked through at the review meeting with its facilitator. */
	IN_REVIEW,

	/** Agreed and readable by everyone with review:read. */
	PUBLISHED;

	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return (this == IN_REVIEW) ? "In review" : name().charAt(0) + name().substring(1).toLowerCase();
	}

	boolean mayMoveTo(ReviewStatus next) {
		return next != this && (next == DRAFT || next.ordinal() == ordinal() + 1);
	}

	public static Optional<ReviewStatus> fromCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code().equals(code)).findFirst();
	}

}
