package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentMaintenance;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.MaintenanceId;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.ShortId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status incidents and maintenances: opening them, posting updates, editing. */
@Service
@Transactional
@NamedInterface("api")
public class StatusNotices {

	static final int MAX_BODY = 20_000;

	/** How far back an update must be dated to count as recorded after the fact. */
	static final Duration BACKFILL_AFTER = Duration.ofSeconds(60);

	private final NoticeRepository notices;

	private final Components components;

	private final ComponentMaintenance maintenance;

	private final StatusPages pages;

	private final PageRepository pageRepository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusNotices(NoticeRepository notices, Components components, ComponentMaintenance maintenance, StatusPages pages,
			PageRepository pageRepository, ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.components = components;
		this.maintenance = maintenance;
		this.pages = pages;
		this.pageRepository = pageRepository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Notice require(PageId page, NoticeId id) {
		return this.notices.findById(id)
			.filter((n) -> n.page().equals(page))
			.orElseThrow(() -> RequestRejected
				.notFound("There is no status incident or maintenance " + id + " on this page."));
	}

	@Transactional(readOnly = true)
	public List<Notice> recent(PageId page, NoticeKind kind, int limit) {
		this.pages.require(page);
		return this.notices.findRecent(page, kind, limit);
	}

	/** One page of a status page's incidents and maintenances, newest created first. */
	@Transactional(readOnly = true)
	public List<Notice> page(PageId page, int offset, int limit) {
		this.pages.require(page);
		return this.notices.findCreatedPage(page, offset, limit);
	}

	/**
	 * Deletes a status incident or maintenance with its updates. Component statuses it
	 * set stay as they are: the components' own history still tells what happened.
	 */
	public Notice delete(PageId page, NoticeId id) {
		Notice notice = require(page, id);
		this.notices.delete(id);
		if (notice.kind() == NoticeKind.MAINTENANCE) {
			this.maintenance.end(window(notice));
		}
		this.pageRepository.touch(page, this.clock.instant());
		this.events.publishEvent(new NoticeDeleted(page, id, notice.kind(), notice.name()));
		return notice;
	}

	/**
	 * Opens a status incident or schedules a maintenance, with its first update. A first
	 * update dated in the past records its component statuses from that time on (see
	 * {@link Components#recordStatus}), so the components' uptime shows them on the days
	 * they happened.
	 */
	public Notice open(PageId page, NoticeKind kind, NoticeDraft draft) {
		return open(page, kind, draft, null);
	}

	/**
	 * Records a status incident that is already over, such as one backfilled from before
	 * Sharpend: opened at its start and resolved at {@code resolvedAt} (now when null),
	 * without telling subscribers. The component statuses it states held from its start
	 * until it was resolved; the components' history says that, and their current
	 * statuses stay as they are.
	 */
	public Notice openResolved(PageId page, NoticeDraft draft, Instant resolvedAt) {
		Instant now = this.clock.instant();
		Instant resolved = (resolvedAt != null) ? resolvedAt : now;
		Instant started = (draft.displayAt() != null) ? draft.displayAt() : now;
		if (resolved.isBefore(started)) {
			throw RequestRejected.invalid("resolved_at", "It cannot be resolved before it started.");
		}
		Instant resolvedShown = displayAt(resolved, now);
		Notice notice = open(page, NoticeKind.INCIDENT, draft, resolvedShown);
		List<NoticeUpdate.ComponentChange> back = new ArrayList<>();
		for (NoticeUpdate.ComponentChange change : notice.updates().get(0).componentChanges()) {
			this.components.find(change.component())
				.ifPresent((c) -> back.add(new NoticeUpdate.ComponentChange(c.id(), change.name(), change.newStatus(),
						this.components.statusAt(c, resolvedShown))));
		}
		return record(notice, NoticeStatus.RESOLVED,
				UpdateDraft.text("This incident has been resolved.").backfilled(resolvedShown), back, now);
	}

	/** Posts an update; it may change the notice's status and components' statuses. */
	public Notice post(PageId page, NoticeId id, UpdateDraft draft) {
		Notice notice = require(page, id);
		Instant now = this.clock.instant();
		NoticeStatus status = Objects.requireNonNullElse(draft.status(), notice.status());
		if (notice.kind() == NoticeKind.MAINTENANCE && status != notice.status()) {
			return transition(notice, status, draft, now);
		}
		// Statuses changed since the last update (in the component editor) held while
		// it was open, so they count towards the impact it keeps.
		deriveImpact(notice);
		List<NoticeUpdate.ComponentChange> changes = applyStatuses(page, draft.componentStatuses(), now,
				displayAt(draft.displayAt(), now));
		return record(notice, status, draft, changes, now);
	}

	private Notice open(PageId page, NoticeKind kind, NoticeDraft draft, Instant until) {
		this.pages.require(page);
		Instant now = this.clock.instant();
		NoticeStatus status = Objects.requireNonNullElse(draft.status(),
				(kind == NoticeKind.MAINTENANCE) ? NoticeStatus.SCHEDULED : NoticeStatus.INVESTIGATING);
		Instant displayAt = displayAt(draft.displayAt(), now);
		List<NoticeUpdate.ComponentChange> changes = (until != null)
				? recordPeriods(page, draft.componentStatuses(), displayAt, until)
				: applyStatuses(page, draft.componentStatuses(), now, displayAt);
		NoticeUpdate first = new NoticeUpdate(ShortId.next(), status, body(draft.body(), kind), now, displayAt,
				!Boolean.FALSE.equals(draft.deliverNotifications()), changes);
		Notice notice = Notice.open(page, kind, draft.name(), draft.schedule(), first);
		if (draft.impactOverride() != null) {
			notice.overrideImpact(draft.impactOverride(), now);
		}
		changes.forEach((c) -> notice.affect(c.component(), null));
		for (ComponentId id : Objects.requireNonNullElse(draft.componentIds(), List.<ComponentId>of())) {
			notice.affect(this.components.require(page, id).id(), null);
		}
		finish(notice, now, true);
		return notice;
	}

	private Notice record(Notice notice, NoticeStatus status, UpdateDraft draft,
			List<NoticeUpdate.ComponentChange> changes, Instant now) {
		changes.forEach((c) -> notice.affect(c.component(), null));
		notice.post(new NoticeUpdate(ShortId.next(), status, body(draft.body(), notice.kind()), now,
				displayAt(draft.displayAt(), now), !Boolean.FALSE.equals(draft.deliverNotifications()), changes));
		finish(notice, now, false);
		return notice;
	}

	/**
	 * Edits what needs no public update: name, impact override, schedule, postmortem
	 * link.
	 */
	public Notice edit(PageId page, NoticeId id, String name, ImpactOverride impactOverride, Schedule schedule,
			String postmortemUrl) {
		Notice notice = require(page, id);
		Instant now = this.clock.instant();
		List<String> changed = new ArrayList<>();
		if (name != null && !name.strip().equals(notice.name())) {
			notice.rename(name, now);
			changed.add("name=" + notice.name());
		}
		if (impactOverride != null && impactOverride.impact() != notice.impactOverride()) {
			notice.overrideImpact(impactOverride.impact(), now);
			deriveImpact(notice);
			changed.add("impact_override=" + impactOverride.code());
		}
		if (schedule != null) {
			notice.reschedule(schedule, now);
			changed.add("scheduled_for=" + schedule.scheduledFor() + ", scheduled_until=" + schedule.scheduledUntil());
		}
		if (postmortemUrl != null) {
			notice.linkPostmortem(StatusPages.validUrl(postmortemUrl, "postmortem_url"), now);
			changed.add("postmortem_url=" + notice.postmortemUrl());
		}
		if (!changed.isEmpty()) {
			this.notices.save(notice);
			this.pageRepository.touch(page, now);
			this.events.publishEvent(new NoticeEdited(page, id, notice.kind(), String.join(", ", changed)));
		}
		return notice;
	}

	/**
	 * Cancels a maintenance that is not over: it is completed with an update saying so
	 * (the public API has no "cancelled" status), and components it set under maintenance
	 * get their status back.
	 */
	public Notice cancel(PageId page, NoticeId id, String body) {
		Notice notice = require(page, id);
		if (notice.kind() != NoticeKind.MAINTENANCE || notice.status().closed()) {
			throw RequestRejected.conflict("status", "Only a maintenance that is not over can be cancelled.");
		}
		String text = (body != null && !body.isBlank()) ? body : "This maintenance has been cancelled.";
		return transition(notice, NoticeStatus.COMPLETED, UpdateDraft.text(text), this.clock.instant());
	}

	/**
	 * Moves a maintenance on, setting and restoring component statuses as its schedule
	 * asks.
	 */
	Notice transition(Notice notice, NoticeStatus status, UpdateDraft draft, Instant now) {
		this.notices.claim(notice);
		List<NoticeUpdate.ComponentChange> changes = new ArrayList<>();
		if (status == NoticeStatus.IN_PROGRESS && notice.schedule().autoComponents()) {
			for (Map.Entry<ComponentId, ComponentStatus> entry : new LinkedHashMap<>(notice.affected()).entrySet()) {
				this.components.find(entry.getKey()).filter((c) -> !c.group()).ifPresent((c) -> {
					ComponentStatus before = this.components.changeStatus(c, ComponentStatus.UNDER_MAINTENANCE, now);
					changes.add(new NoticeUpdate.ComponentChange(c.id(), c.name(), before,
							ComponentStatus.UNDER_MAINTENANCE));
					notice.unaffect(c.id());
					notice.affect(c.id(), before);
				});
			}
		}
		if (status.closed()) {
			for (Map.Entry<ComponentId, ComponentStatus> entry : notice.affected().entrySet()) {
				ComponentStatus restore = entry.getValue();
				this.components.find(entry.getKey())
					.filter((c) -> restore != null && c.status() == ComponentStatus.UNDER_MAINTENANCE)
					.ifPresent((c) -> {
						this.components.changeStatus(c, restore, now);
						changes.add(new NoticeUpdate.ComponentChange(c.id(), c.name(), c.status(), restore));
					});
			}
		}
		changes.addAll(applyStatuses(notice.page(), draft.componentStatuses(), now, now));
		String text = (draft.body() != null && !draft.body().isBlank()) ? draft.body() : defaultText(status);
		notice.post(new NoticeUpdate(ShortId.next(), status, body(text, notice.kind()), now,
				displayAt(draft.displayAt(), now), !Boolean.FALSE.equals(draft.deliverNotifications()), changes));
		finish(notice, now, false);
		return notice;
	}

	private void finish(Notice notice, Instant now, boolean created) {
		deriveImpact(notice);
		this.notices.save(notice);
		keepWindow(notice);
		this.pageRepository.touch(notice.page(), now);
		this.events.publishEvent(new NoticePublished(notice.page(), notice.id(), notice.kind(), notice.name(),
				notice.status(), notice.updates().get(0).id(), created));
	}

	/**
	 * A maintenance holds its catalog window open while it is in progress or being
	 * verified, over the components it affects at the time.
	 */
	private void keepWindow(Notice notice) {
		if (notice.kind() != NoticeKind.MAINTENANCE) {
			return;
		}
		if (notice.status() == NoticeStatus.IN_PROGRESS || notice.status() == NoticeStatus.VERIFYING) {
			this.maintenance.begin(window(notice), notice.affected().keySet());
		}
		else {
			this.maintenance.end(window(notice));
		}
	}

	private static MaintenanceId window(Notice notice) {
		return new MaintenanceId(notice.id().value());
	}

	private void deriveImpact(Notice notice) {
		ComponentStatus worst = ComponentStatus.OPERATIONAL;
		for (ComponentId id : notice.affected().keySet()) {
			worst = this.components.find(id).map(Component::status).orElse(ComponentStatus.OPERATIONAL).worse(worst);
		}
		notice.deriveImpact(worst);
	}

	/**
	 * Sets the statuses an update states. An update dated more than a minute back states
	 * them for its time, which the components' history records from then on.
	 */
	private List<NoticeUpdate.ComponentChange> applyStatuses(PageId page, Map<ComponentId, ComponentStatus> statuses,
			Instant now, Instant displayAt) {
		boolean backfilled = displayAt.isBefore(now.minus(BACKFILL_AFTER));
		return changeEach(page, statuses,
				(component, status) -> backfilled ? this.components.recordStatus(component, status, displayAt)
						: this.components.changeStatus(component, status, now));
	}

	/** Records statuses that held during {@code [from, until)} only. */
	private List<NoticeUpdate.ComponentChange> recordPeriods(PageId page, Map<ComponentId, ComponentStatus> statuses,
			Instant from, Instant until) {
		return changeEach(page, statuses,
				(component, status) -> this.components.recordPeriod(component, status, from, until));
	}

	private List<NoticeUpdate.ComponentChange> changeEach(PageId page, Map<ComponentId, ComponentStatus> statuses,
			BiFunction<Component, ComponentStatus, ComponentStatus> change) {
		List<NoticeUpdate.ComponentChange> changes = new ArrayList<>();
		if (statuses == null) {
			return changes;
		}
		for (Map.Entry<ComponentId, ComponentStatus> entry : statuses.entrySet()) {
			Component component = this.components.require(page, entry.getKey());
			if (component.group()) {
				throw RequestRejected.invalid("components",
						component.name() + " is a group; its status follows its components, so set theirs instead.");
			}
			ComponentStatus before = change.apply(component, entry.getValue());
			changes.add(new NoticeUpdate.ComponentChange(component.id(), component.name(), before, entry.getValue()));
		}
		return changes;
	}

	private static String body(String body, NoticeKind kind) {
		if (body == null || body.isBlank()) {
			throw RequestRejected.invalid("body", "Write what readers should know in the update's body.");
		}
		if (body.length() > MAX_BODY) {
			throw RequestRejected.invalid("body", "Keep an update under " + MAX_BODY + " characters.");
		}
		return body.strip();
	}

	private static Instant displayAt(Instant requested, Instant now) {
		if (requested == null) {
			return now;
		}
		if (requested.isAfter(now.plusSeconds(60))) {
			throw RequestRejected.invalid("display_at", "An update cannot be dated in the future.");
		}
		return requested;
	}

	private static String defaultText(NoticeStatus status) {
		return switch (status) {
			case IN_PROGRESS -> "Scheduled maintenance is currently in progress. We will provide updates as necessary.";
			case VERIFYING -> "Verification is currently underway for the maintenance items.";
			case COMPLETED -> "The scheduled maintenance has been completed.";
			default -> "The maintenance has been updated.";
		};
	}

}
