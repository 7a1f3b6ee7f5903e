package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;

/**
 * Status page objects built in memory, for unit tests of modules that render them
 * (notifications, feeds) without a database.
 */
public final class StatusPageSamples {

	private StatusPageSamples() {
	}

	/** A public page shown in the given zone. */
	public static StatusPage page(String id, String name, String timeZone, Instant at) {
		return new StatusPage(new PageId(id), "acme", null, name, null, timeZone, true, StatusPage.Visibility.PUBLIC,
				new StatusPage.Branding(null, null), List.of(), at, at);
	}

	/** A shown, ungrouped component at the given position. */
	public static Component component(PageId page, String id, String name, ComponentStatus status, int position,
			Instant at) {
		return new Component(new ComponentId(id), page, null, false, name, null, status, position, true, false, null,
				at, at);
	}

	/** What the page shows, at {@code url}, with these components and notices. */
	public static PageView view(StatusPage page, String url, List<Component> components, List<Notice> incidents,
			List<Notice> maintenances) {
		return new PageView(page, url, components, incidents, maintenances, page.updatedAt());
	}

	/**
	 * A status incident as stored: its status is the newest update's, and it affects
	 * these components with the given impact.
	 * @param updates newest first
	 */
	public static Notice incident(PageId page, String id, String name, Impact impact, List<NoticeUpdate> updates,
			Map<ComponentId, ComponentStatus> affected) {
		NoticeUpdate newest = updates.get(0);
		NoticeUpdate first = updates.get(updates.size() - 1);
		Instant resolvedAt = newest.status().closed() ? newest.displayAt() : null;
		return Notice.restore(new Notice.Stored(new NoticeId(id), page, NoticeKind.INCIDENT, name, newest.status(),
				impact, null, impact, first.createdAt(), newest.createdAt(), first.displayAt(), null, resolvedAt, null,
				null, false), updates, affected);
	}

	/** A scheduled maintenance with one update. */
	public static Notice maintenance(PageId page, String id, String name, Schedule schedule, NoticeUpdate update) {
		return Notice.restore(new Notice.Stored(new NoticeId(id), page, NoticeKind.MAINTENANCE, name, update.status(),
				Impact.MAINTENANCE, null, null, update.createdAt(), update.createdAt(), schedule.scheduledFor(), null,
				null, schedule, null, false), List.of(update), Map.of());
	}

	/** An update that tells subscribers, written and shown at {@code at}. */
	public static NoticeUpdate update(String id, NoticeStatus status, String body, Instant at,
			NoticeUpdate.ComponentChange... changes) {
		return new NoticeUpdate(id, status, body, at, at, true, List.of(changes));
	}

}
