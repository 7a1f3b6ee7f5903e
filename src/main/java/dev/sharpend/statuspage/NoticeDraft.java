package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
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

	/**
	 * A status incident that starts now and tells subscribers, affecting no component
	 * yet.
	 * @param status its first status, or null for investigating
	 */
	public static NoticeDraft incident(String name, NoticeStatus status, String body) {
		return new NoticeDraft(name, status, null, body, Map.of(), List.of(), true, null, null);
	}

	/**
	 * A maintenance on this schedule that tells subscribers, affecting no component yet;
	 * it starts as scheduled.
	 */
	public static NoticeDraft maintenance(String name, String body, Schedule schedule) {
		return new NoticeDraft(name, null, null, body, Map.of(), List.of(), true, null, schedule);
	}

	/**
	 * The same draft affecting these components: {@code statuses} change now,
	 * {@code others} are affected without a change of status.
	 */
	public NoticeDraft affecting(Map<ComponentId, ComponentStatus> statuses, List<ComponentId> others) {
		return new NoticeDraft(this.name, this.status, this.impactOverride, this.body, statuses, others,
				this.deliverNotifications, this.displayAt, this.schedule);
	}

	/**
	 * The same draft showing this impact instead of the derived one (null derives it).
	 */
	public NoticeDraft withImpactOverride(Impact impact) {
		return new NoticeDraft(this.name, this.status, impact, this.body, this.componentStatuses, this.componentIds,
				this.deliverNotifications, this.displayAt, this.schedule);
	}

	/**
	 * The same draft recorded after the fact: shown as started at {@code startedAt}, and
	 * subscribers are not told about something already under way or over.
	 */
	public NoticeDraft backfilled(Instant startedAt) {
		return new NoticeDraft(this.name, this.status, this.impactOverride, this.body, this.componentStatuses,
				this.componentIds, false, startedAt, this.schedule);
	}

}
