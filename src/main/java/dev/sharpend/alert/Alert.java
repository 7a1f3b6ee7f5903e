package dev.sharpend.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One stored alert: a signal with a fingerprint, updated (never duplicated) when its
 * source sends it again.
 *
 * @param id the alert's id
 * @param integration where it came from
 * @param fingerprint its identity within the integration
 * @param ruleKey the alert rule it belongs to
 * @param status firing or resolved
 * @param title a one-line summary
 * @param severity the source's severity label, or null
 * @param labels identifying labels
 * @param annotations descriptive annotations
 * @param startsAt when the condition began
 * @param endsAt when it ended, or null
 * @param sourceUrl a link back to the source
 * @param firstSeen when Sharpend first received it
 * @param lastSeen when Sharpend last received it
 * @param occurrences how many times it was received
 * @param groupId the alert group it belongs to, or null
 * @param suppressedBy what suppressed it when it last fired ({@code silence:<id>}), or
 * null
 */
public record Alert(long id, UUID integration, String fingerprint, String ruleKey, AlertStatus status, String title,
		String severity, Map<String, String> labels, Map<String, String> annotations, Instant startsAt, Instant endsAt,
		String sourceUrl, Instant firstSeen, Instant lastSeen, long occurrences, Long groupId, String suppressedBy) {
}
