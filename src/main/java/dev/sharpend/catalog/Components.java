package dev.sharpend.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Components and component groups: editing them and changing their status. The catalog
 * does not know pages beyond their id, so a caller that files a component under a page
 * makes sure the page exists.
 */
@Service
@Transactional
@NamedInterface("api")
public class Components {

	private final ComponentRepository components;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Components(ComponentRepository components, ApplicationEventPublisher events, Clock clock) {
		this.components = components;
		this.events = events;
		this.clock = clock;
	}

	/** The components and groups of a page, in page order. */
	@Transactional(readOnly = true)
	public List<Component> onPage(PageId page) {
		return this.components.findByPage(page);
	}

	/** A component by id, on whichever page it is. */
	@Transactional(readOnly = true)
	public Optional<Component> find(ComponentId id) {
		return this.components.findById(id);
	}

	/** A component of a page; rejected as not found when it is on no or another page. */
	@Transactional(readOnly = true)
	public Component require(PageId page, ComponentId id) {
		return this.components.findById(id)
			.filter((c) -> c.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no component " + id + " on this page."));
	}

	/** Creates a component or group on an existing page. */
	public Component create(PageId page, ComponentSettings s) {
		Instant now = this.clock.instant();
		boolean group = Boolean.TRUE.equals(s.group());
		ComponentId groupId = (s.groupId() != null) ? validGroup(page, s.groupId(), group) : null;
		Component component = new Component(ComponentId.next(), page, groupId, group, required(s.name(), "name", 200),
				optional(s.description(), "description", 2000),
				Objects.requireNonNullElse(s.status(), ComponentStatus.OPERATIONAL),
				(s.position() != null) ? s.position() : this.components.nextPosition(page),
				!Boolean.FALSE.equals(s.showcase()), Boolean.TRUE.equals(s.onlyShowIfDegraded()), s.startDate(), now,
				now);
		this.components.insert(component);
		this.events.publishEvent(new ComponentSaved(page, component.id(), component.name(), group, true));
		return component;
	}

	/** Edits a component; a status in the settings is changed and recorded as well. */
	public Component update(PageId page, ComponentId id, ComponentSettings s) {
		Component current = require(page, id);
		Instant now = this.clock.instant();
		ComponentId groupId = s.ungroup() ? null
				: (s.groupId() != null) ? validGroup(page, s.groupId(), current.group()) : current.groupId();
		if (id.equals(groupId)) {
			throw RequestRejected.invalid("group_id", "A component cannot be its own group.");
		}
		Component updated = new Component(id, page, groupId, current.group(),
				(s.name() != null) ? required(s.name(), "name", 200) : current.name(),
				(s.description() != null) ? optional(s.description(), "description", 2000) : current.description(),
				current.status(), (s.position() != null) ? s.position() : current.position(),
				(s.showcase() != null) ? s.showcase() : current.showcase(),
				(s.onlyShowIfDegraded() != null) ? s.onlyShowIfDegraded() : current.onlyShowIfDegraded(),
				(s.startDate() != null) ? s.startDate() : current.startDate(), current.createdAt(), now);
		this.components.update(updated);
		this.events.publishEvent(new ComponentSaved(page, id, updated.name(), updated.group(), false));
		if (s.status() != null && s.status() != current.status()) {
			if (current.group()) {
				throw RequestRejected.invalid("status", "A group's status follows its components; set theirs instead.");
			}
			changeStatus(updated, s.status(), now);
		}
		return require(page, id);
	}

	/** Removes a component (a group with its members). */
	public void delete(PageId page, ComponentId id) {
		Component current = require(page, id);
		this.components.delete(id);
		this.events.publishEvent(new ComponentDeleted(page, id, current.name()));
	}

	/**
	 * Sets a component's status, records it as history and tells listeners; returns the
	 * old status.
	 */
	public ComponentStatus changeStatus(Component component, ComponentStatus status, Instant at) {
		if (component.status() != status) {
			this.components.changeStatus(component.id(), status, at);
			this.events.publishEvent(new ComponentStatusChanged(component.page(), component.id(), component.name(),
					component.status(), status));
		}
		return component.status();
	}

	/**
	 * Sets a component's status on Sharpend's own account, following a provider the
	 * component depends on; the change is recorded like any other, but listeners are told
	 * it was automatic, so subscribers are not notified of it. Returns the old status.
	 */
	public ComponentStatus changeStatusAutomatically(ComponentId id, ComponentStatus status) {
		Component component = this.components.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no component " + id + "."));
		if (component.group()) {
			throw RequestRejected.invalid("component", "A group's status follows its components.");
		}
		if (component.status() != status) {
			this.components.changeStatus(id, status, this.clock.instant());
			this.events.publishEvent(new ComponentStatusChanged(component.page(), id, component.name(),
					component.status(), status, true));
		}
		return component.status();
	}

	/**
	 * Records a status stated after the fact: the component had {@code status} from the
	 * past instant {@code at} until the next change its history records. When no change
	 * was recorded since, the status holds until now and becomes the current one (and
	 * listeners are told); otherwise the current status stays. The period a component was
	 * created with counts as no change, so a component created after {@code at} can still
	 * take a backfilled status. Returns the status the history had at {@code at}
	 * (operational before any history).
	 */
	public ComponentStatus recordStatus(Component component, ComponentStatus status, Instant at) {
		Instant now = this.clock.instant();
		if (!at.isBefore(now)) {
			return changeStatus(component, status, now);
		}
		ComponentStatus before = statusAt(component, at);
		Instant until = this.components.nextChangeAfter(component.id(), at);
		this.components.rewriteHistory(component.id(), status, at, until);
		if (until == null && component.status() != status) {
			this.components.setCurrent(component.id(), status, now);
			this.events.publishEvent(new ComponentStatusChanged(component.page(), component.id(), component.name(),
					component.status(), status));
		}
		return before;
	}

	/**
	 * Records that a component had {@code status} during {@code [from, until)}, both
	 * past, replacing what its history said for that time; afterwards the history's own
	 * status holds again and the current status does not change. An {@code until} after
	 * now is taken as now. Returns the status the history had at {@code from}.
	 */
	public ComponentStatus recordPeriod(Component component, ComponentStatus status, Instant from, Instant until) {
		Instant end = until.isAfter(this.clock.instant()) ? this.clock.instant() : until;
		ComponentStatus before = statusAt(component, from);
		if (from.isBefore(end)) {
			this.components.rewriteHistory(component.id(), status, from, end);
		}
		return before;
	}

	/**
	 * The status a component's history records at an instant; operational before any
	 * history, as uptime counts it.
	 */
	@Transactional(readOnly = true)
	public ComponentStatus statusAt(Component component, Instant at) {
		return this.components.statusAt(component.id(), at).orElse(ComponentStatus.OPERATIONAL);
	}

	/** Status periods of a page's components overlapping {@code [from, to)}. */
	@Transactional(readOnly = true)
	public List<StatusPeriod> history(PageId page, Instant from, Instant to) {
		return this.components.history(page, from, to);
	}

	private ComponentId validGroup(PageId page, ComponentId groupId, boolean creatingGroup) {
		if (creatingGroup) {
			throw RequestRejected.invalid("group_id", "Groups cannot be nested: a group cannot sit in another group.");
		}
		Component group = this.components.findById(groupId)
			.filter((c) -> c.page().equals(page))
			.orElseThrow(() -> RequestRejected.invalid("group_id", "There is no group " + groupId + " on this page."));
		if (!group.group()) {
			throw RequestRejected.invalid("group_id", group.name() + " is a component, not a group.");
		}
		return groupId;
	}

	private static String required(String value, String field, int max) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw RequestRejected.invalid(field, "Give a " + field + " of 1 to " + max + " characters.");
		}
		return value.strip();
	}

	private static String optional(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.length() > max) {
			throw RequestRejected.invalid(field, "Use at most " + max + " characters for the " + field + ".");
		}
		return value.strip();
	}

}
