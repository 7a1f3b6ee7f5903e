package dev.sharpend.review;

import java.time.Instant;

/**
 * One participant's own view of what happened. Private to its author and the review's
 * facilitator until the author shares it.
 *
 * @param id the account's id
 * @param review the review's id
 * @param author who wrote it
 * @param saw what I saw
 * @param did what I did
 * @param expected what I expected
 * @param assumed what I assumed
 * @param understood how I understood what was happening
 * @param shared whether the author shared it with everyone who reads the review
 * @param updatedAt when it last changed
 */
public record Account(long id, long review, String author, String saw, String did, String expected, String assumed,
		String understood, boolean shared, Instant updatedAt) {

	/** Whether this viewer may read it. */
	public boolean visibleTo(Viewer viewer, Review of) {
		return this.shared || this.author.equalsIgnoreCase(viewer.name())
				|| (of.facilitator() != null && of.facilitator().equalsIgnoreCase(viewer.name()));
	}

	/** All its text, for search. */
	String text() {
		return String.join("\n", this.saw, this.did, this.expected, this.assumed, this.understood);
	}

}
