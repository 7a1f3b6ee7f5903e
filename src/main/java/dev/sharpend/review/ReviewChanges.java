package dev.sharpend.review;

import java.time.Instant;
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
 */
public record ReviewChanges(String title, String status, String facilitator, Instant meetingAt,
		Map<String, String> sections, ImpactTimes impact) {
}
