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

	public ReviewChanges(String title, String status, String facilitator, Instant meetingAt,
			Map<String, String> sections, ImpactTimes impact) {
		this(title, status, facilitator, meetingAt, sections, impact, null);
	}

}
