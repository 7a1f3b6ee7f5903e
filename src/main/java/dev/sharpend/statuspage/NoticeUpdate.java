package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.system.Markdown;

/**
 * One update posted on a status incident or maintenance.
 *
 * @param id the update id
 * @param status the notice's status from this update on
 * @param body Markdown text (rendered sanitised)
 * @param createdAt when it was written
 * @param displayAt the time shown to readers (earlier for backfilled updates)
 * @param deliverNotifications whether subscribers are told
 * @param componentChanges component statuses this update set
 */
@NamedInterface("api")
public record NoticeUpdate(String id, NoticeStatus status, String body, Instant createdAt, Instant displayAt,
		boolean deliverNotifications, List<ComponentChange> componentChanges) {

	/**
	 * A component status set by an update.
	 *
	 * @param component the component
	 * @param name its name at the time
	 * @param oldStatus before
	 * @param newStatus after
	 */
	public record ComponentChange(ComponentId component, String name, ComponentStatus oldStatus,
			ComponentStatus newStatus) {
	}

}
