package dev.sharpend.review;

/**
 * A new or changed action item; null fields are left as they are.
 *
 * @param title what is to be done
 * @param owner who owns it
 * @param due the due date as {@code yyyy-MM-dd}; empty clears it
 * @param status a status code
 * @param reason why it won't be done
 * @param trackerUrl the ticket in another tracker; empty clears it
 */
public record ActionDraft(String title, String owner, String due, String status, String reason, String trackerUrl) {

	/** A new item as the form adds it: open, with no reason. */
	public static ActionDraft item(String title, String owner, String due, String trackerUrl) {
		return new ActionDraft(title, owner, due, null, null, trackerUrl);
	}

	/** Only a move to another status, with the reason when it won't be done. */
	public static ActionDraft statusChange(String status, String reason) {
		return new ActionDraft(null, null, null, status, reason, null);
	}
}
