package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.system.Markdown;

/**
 * An update to post on a notice.
 *
 * @param status the notice's new status (null keeps it)
 * @param body Markdown text
 * @param componentStatuses components whose status changes with this update
 * @param deliverNotifications whether subscribers are told (default true)
 * @param displayAt the time shown (default now; earlier for backfilling)
 */
@NamedInterface("api")
public record UpdateDraft(NoticeStatus status, String body, Map<ComponentId, ComponentStatus> componentStatuses,
		Boolean deliverNotifications, Instant displayAt) {
}
