package dev.sharpend.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Changes to a review; null fields are left as they are.
 *
 * @param title a new title
 * @param status a status code to move to
 * @param facilitator who facilitates; empty clears it
 * @param meetingAt when the meeting is
 * @param sections prose section bodies by key code
 * @param impact impact times to override (null times unchanged)
 * @param keepAsWritten keys of wording findings to publish as written
 */
public record ReviewChanges(String title, String status, String facilitator, Instant meetingAt,
		Map<String, String> sections, ImpactTimes impact, List<String> keepAsWritten) {

	/** Only these prose sections, by key code. */
	public static ReviewChanges sections(Map<String, String> sections) {
		return new ReviewChanges(null, null, null, null, sections, null, null);
	}

	/**
	 * Only a move to another status, publishing the wording findings named in
	 * {@code keepAsWritten} as written.
	 */
	public static ReviewChanges status(String status, List<String> keepAsWritten) {
		return new ReviewChanges(null, status, null, null, null, null, keepAsWritten);
	}

	/**
	 * The details a review's form edits: title, facilitator, meeting and impact times.
	 */
	public static ReviewChanges details(String title, String facilitator, Instant meetingAt, ImpactTimes impact) {
		return new ReviewChanges(title, null, facilitator, meetingAt, null, impact, null);
	}

}
