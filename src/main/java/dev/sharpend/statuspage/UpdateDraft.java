package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
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

	/**
	 * An update shown now that tells subscribers and changes no component.
	 * @param status the new status, or null to keep it
	 * @param body the text, or null for none
	 */
	public static UpdateDraft of(NoticeStatus status, String body) {
		return new UpdateDraft(status, body, Map.of(), true, null);
	}

	/**
	 * An update with this text that keeps the status (or leaves it to the transition it
	 * is posted with).
	 */
	public static UpdateDraft text(String body) {
		return of(null, body);
	}

	/** An update without text, for a status change that speaks for itself. */
	public static UpdateDraft blank() {
		return of(null, null);
	}

	/** The same update changing these components' statuses. */
	public UpdateDraft changing(Map<ComponentId, ComponentStatus> statuses) {
		return new UpdateDraft(this.status, this.body, statuses, this.deliverNotifications, this.displayAt);
	}

	/**
	 * The same update recorded after the fact: shown at {@code at}, without telling
	 * subscribers.
	 */
	public UpdateDraft backfilled(Instant at) {
		return new UpdateDraft(this.status, this.body, this.componentStatuses, false, at);
	}

}
