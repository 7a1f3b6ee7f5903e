package dev.sharpend.statuspage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;

/**
 * A public notice on a status page: a status incident (an unplanned problem) or a
 * maintenance (planned work). Its transitions guard the moves its kind allows; updates
 * are kept newest first, as the public API lists them.
 */
@NamedInterface("api")
public final class Notice {

	private final NoticeId id;

	private final PageId page;

	private final NoticeKind kind;

	private final Instant createdAt;

	private final List<NoticeUpdate> updates;

	private final List<NoticeUpdate> unsaved = new ArrayList<>();

	private final Map<ComponentId, ComponentStatus> affected;

	private String name;

	private NoticeStatus status;

	/** The status the database holds for this notice; null until first saved. */
	private NoticeStatus storedStatus;

	private Impact impactOverride;

	private Impact derivedImpact;

	/** The worst impact derived while it was open, which a closed incident keeps. */
	private Impact peakImpact;

	private Instant updatedAt;

	private Instant startedAt;

	private Instant monitoringAt;

	private Instant resolvedAt;

	private Schedule schedule;

	private String postmortemUrl;

	private boolean backfilled;

	private Notice(NoticeId id, PageId page, NoticeKind kind, Instant createdAt, List<NoticeUpdate> updates,
			Map<ComponentId, ComponentStatus> affected) {
		this.id = id;
		this.page = page;
		this.kind = kind;
		this.createdAt = createdAt;
		this.updates = new ArrayList<>(updates);
		this.affected = new LinkedHashMap<>(affected);
	}

	/** A new notice with its first update. */
	static Notice open(PageId page, NoticeKind kind, String name, Schedule schedule, NoticeUpdate first) {
		requireName(name);
		if (kind == NoticeKind.MAINTENANCE && schedule == null) {
			throw RequestRejected.invalid("scheduled_for", "A maintenance needs scheduled_for and scheduled_until.");
		}
		if (schedule != null && !schedule.scheduledUntil().isAfter(schedule.scheduledFor())) {
			throw RequestRejected.invalid("scheduled_until", "scheduled_until must be after scheduled_for.");
		}
		Notice notice = new Notice(NoticeId.next(), page, kind, first.createdAt(), List.of(), Map.of());
		notice.name = name.strip();
		notice.schedule = (kind == NoticeKind.MAINTENANCE) ? schedule : null;
		notice.startedAt = (schedule != null) ? schedule.scheduledFor() : first.displayAt();
		notice.backfilled = first.displayAt().isBefore(first.createdAt().minusSeconds(60));
		notice.post(first);
		return notice;
	}

	static Notice restore(Stored stored, List<NoticeUpdate> updates, Map<ComponentId, ComponentStatus> affected) {
		Notice notice = new Notice(stored.id(), stored.page(), stored.kind(), stored.createdAt(), updates, affected);
		notice.name = stored.name();
		notice.status = stored.status();
		notice.storedStatus = stored.status();
		notice.impactOverride = stored.impactOverride();
		notice.derivedImpact = stored.impact();
		notice.peakImpact = stored.peakImpact();
		notice.updatedAt = stored.updatedAt();
		notice.startedAt = stored.startedAt();
		notice.monitoringAt = stored.monitoringAt();
		notice.resolvedAt = stored.resolvedAt();
		notice.schedule = stored.schedule();
		notice.postmortemUrl = stored.postmortemUrl();
		notice.backfilled = stored.backfilled();
		return notice;
	}

	/** Adds an update; its status becomes the notice's status. */
	void post(NoticeUpdate update) {
		if (update.status().kind() != this.kind) {
			throw RequestRejected.invalid("status", "A " + this.kind.name().toLowerCase() + " takes one of: "
					+ NoticeStatus.codesOf(this.kind) + "; \"" + update.status().code() + "\" is not one of them.");
		}
		keepPeak(update);
		this.status = update.status();
		this.updatedAt = update.createdAt();
		if (update.status() == NoticeStatus.MONITORING && this.monitoringAt == null) {
			this.monitoringAt = update.displayAt();
		}
		if (update.status() == NoticeStatus.IN_PROGRESS && this.kind == NoticeKind.MAINTENANCE) {
			this.startedAt = update.displayAt();
		}
		if (update.status().closed()) {
			if (this.resolvedAt == null) {
				this.resolvedAt = update.displayAt();
			}
		}
		else {
			this.resolvedAt = null;
		}
		this.updates.add(0, update);
		this.updates.sort((a, b) -> b.displayAt().compareTo(a.displayAt()));
		this.unsaved.add(update);
	}

	void rename(String name, Instant at) {
		requireName(name);
		this.name = name.strip();
		this.updatedAt = at;
	}

	void overrideImpact(Impact impact, Instant at) {
		if (impact == Impact.MAINTENANCE && this.kind == NoticeKind.INCIDENT) {
			throw RequestRejected.invalid("impact_override", "Only maintenances have the impact \"maintenance\".");
		}
		this.impactOverride = impact;
		this.updatedAt = at;
	}

	void reschedule(Schedule schedule, Instant at) {
		if (this.kind != NoticeKind.MAINTENANCE || this.status != NoticeStatus.SCHEDULED) {
			throw RequestRejected.conflict("scheduled_for",
					"Only a maintenance that has not started can be rescheduled.");
		}
		if (!schedule.scheduledUntil().isAfter(schedule.scheduledFor())) {
			throw RequestRejected.invalid("scheduled_until", "scheduled_until must be after scheduled_for.");
		}
		this.schedule = schedule;
		this.startedAt = schedule.scheduledFor();
		this.updatedAt = at;
	}

	void linkPostmortem(String url, Instant at) {
		this.postmortemUrl = url;
		this.updatedAt = at;
	}

	/**
	 * Records the affected components and, for maintenance, the status to restore later.
	 */
	void affect(ComponentId component, ComponentStatus statusToRestore) {
		this.affected.putIfAbsent(component, statusToRestore);
	}

	void unaffect(ComponentId component) {
		this.affected.remove(component);
	}

	/**
	 * Re-derives the impact from the worst current status of the affected components;
	 * while the notice is open, that also counts towards the impact it keeps once closed.
	 */
	void deriveImpact(ComponentStatus worst) {
		this.derivedImpact = (this.kind == NoticeKind.MAINTENANCE) ? Impact.MAINTENANCE : Impact.of(worst);
		if (this.kind == NoticeKind.INCIDENT && (this.status == null || !this.status.closed())) {
			this.peakImpact = Impact.of(worst).worse(this.peakImpact);
		}
	}

	/**
	 * An update's component changes say what the components were while the incident was
	 * open: the new statuses of an update that leaves it open, the old ones of an update
	 * that closes it. A backfilled update records them in the components' history only,
	 * so the current statuses alone would miss them.
	 */
	private void keepPeak(NoticeUpdate update) {
		if (this.kind != NoticeKind.INCIDENT) {
			return;
		}
		for (NoticeUpdate.ComponentChange change : update.componentChanges()) {
			ComponentStatus held = update.status().closed() ? change.oldStatus() : change.newStatus();
			this.peakImpact = Impact.of(held).worse(this.peakImpact);
		}
	}

	private static void requireName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > 300) {
			throw RequestRejected.invalid("name", "Give it a name of 1 to 300 characters.");
		}
	}

	public NoticeId id() {
		return this.id;
	}

	public PageId page() {
		return this.page;
	}

	public NoticeKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public NoticeStatus status() {
		return this.status;
	}

	/**
	 * The impact shown: the override when set; otherwise, while open, derived from the
	 * components' current statuses, and once closed the worst it had while open, so a
	 * resolved incident still tells how bad it was.
	 */
	public Impact impact() {
		if (this.kind == NoticeKind.MAINTENANCE) {
			return Impact.MAINTENANCE;
		}
		if (this.impactOverride != null) {
			return this.impactOverride;
		}
		if (this.status != null && this.status.closed() && this.peakImpact != null) {
			return this.peakImpact;
		}
		return (this.derivedImpact != null) ? this.derivedImpact : Impact.NONE;
	}

	/** The worst impact derived while open, or null before any was derived. */
	Impact peakImpact() {
		return this.peakImpact;
	}

	public Impact impactOverride() {
		return this.impactOverride;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant monitoringAt() {
		return this.monitoringAt;
	}

	public Instant resolvedAt() {
		return this.resolvedAt;
	}

	public Schedule schedule() {
		return this.schedule;
	}

	public String postmortemUrl() {
		return this.postmortemUrl;
	}

	public boolean backfilled() {
		return this.backfilled;
	}

	/** Updates, newest first. */
	public List<NoticeUpdate> updates() {
		return Collections.unmodifiableList(this.updates);
	}

	/** Affected components, with the status to restore after a maintenance (or null). */
	public Map<ComponentId, ComponentStatus> affected() {
		return Collections.unmodifiableMap(this.affected);
	}

	List<NoticeUpdate> unsavedUpdates() {
		return List.copyOf(this.unsaved);
	}

	void markSaved() {
		this.unsaved.clear();
		this.storedStatus = this.status;
	}

	/**
	 * The status this notice had when it was read, which a save expects to find still
	 * stored; null for a notice never saved.
	 */
	NoticeStatus storedStatus() {
		return this.storedStatus;
	}

	/** The stored columns of a notice, for the repository. */
	record Stored(NoticeId id, PageId page, NoticeKind kind, String name, NoticeStatus status, Impact impact,
			Impact impactOverride, Impact peakImpact, Instant createdAt, Instant updatedAt, Instant startedAt,
			Instant monitoringAt, Instant resolvedAt, Schedule schedule, String postmortemUrl, boolean backfilled) {
	}

}
