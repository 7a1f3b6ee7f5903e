package dev.sharpend.review;

import java.time.LocalDate;

import dev.sharpend.identity.Person;

import org.springframework.modulith.NamedInterface;

/**
 * Something the team agreed to do after a review.
 *
 * @param id the item's id
 * @param review the review's id
 * @param title what is to be done
 * @param owner who owns it, or null
 * @param due the due date, or null
 * @param status where it stands
 * @param reason why it won't be done; required for {@link ActionStatus#WONT_DO}
 * @param trackerUrl the ticket in another tracker, or null
 */
@NamedInterface("api")
public record ActionItem(long id, long review, String title, Person owner, LocalDate due, ActionStatus status,
		String reason, String trackerUrl) {

	/** A new open item of this review with nothing filled in yet (not stored). */
	static ActionItem openIn(long review) {
		return new ActionItem(0, review, null, null, null, ActionStatus.OPEN, null, null);
	}

	/** Whether it is still pending after its due date. */
	public boolean overdue(LocalDate today) {
		return this.status.pending() && this.due != null && this.due.isBefore(today);
	}

}
