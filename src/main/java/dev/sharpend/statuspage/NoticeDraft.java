package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.system.Markdown;

/**
 * A new status incident or maintenance with its first update.
 *
 * @param name the title
 * @param status its first status (default investigating, or scheduled for a maintenance)
 * @param impactOverride an impact to show instead of the derived one, or null
 * @param body the first update's Markdown text
 * @param componentStatuses components it affects and the status each takes now
 * @param componentIds further affected components whose status does not change now
 * @param deliverNotifications whether subscribers are told (default true)
 * @param displayAt when it started, for backfilled incidents (default now)
 * @param schedule for a maintenance: when, and what happens by itself
 */
@NamedInterface("api")
public record NoticeDraft(String name, NoticeStatus status, Impact impactOverride, String body,
		Map<ComponentId, ComponentStatus> componentStatuses, List<ComponentId> componentIds,
		Boolean deliverNotifications, Instant displayAt, Schedule schedule) {
}
