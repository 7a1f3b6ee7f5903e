package dev.sharpend.review;

import java.util.Arrays;
import java.util.List;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where a review stands; it moves on one step at a time, or back to draft. */
@NamedInterface("api")
public enum ReviewStatus implements WireCode {

	/** Being written; seen only by people who write reviews. */
	DRAFT,

	/** Ready to be talked through at the review meeting with its facilitator. */
	IN_REVIEW,

	/** Agreed and readable by everyone with review:read. */
	PUBLISHED;

	@Override
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return (this == IN_REVIEW) ? "In review" : name().charAt(0) + name().substring(1).toLowerCase();
	}

	boolean mayMoveTo(ReviewStatus next) {
		return next != this && (next == DRAFT || next.ordinal() == ordinal() + 1);
	}

	/** The statuses this one may move to, in order. */
	List<ReviewStatus> next() {
		return Arrays.stream(values()).filter(this::mayMoveTo).toList();
	}

}
