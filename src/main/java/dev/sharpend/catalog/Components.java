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
