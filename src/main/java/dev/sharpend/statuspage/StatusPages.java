package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status pages and their components. */
@Service
@Transactional
@NamedInterface("api")
public class StatusPages {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final Pattern HOST = Pattern
		.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private final PageRepository pages;

	private final ComponentRepository components;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusPages(PageRepository pages, ComponentRepository components, ApplicationEventPublisher events, Clock clock) {
		this.pages = pages;
		this.components = components;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<StatusPage> all() {
		return this.pages.findAll();
	}

	@Transactional(readOnly = true)
	public StatusPage require(PageId id) {
		return this.pages.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no status page " + id + "."));
	}

	public StatusPage create(PageSettings settings) {
		Instant now = this.clock.instant();
		String name = required(settings.name(), "name", 200);
		String slug = (settings.slug() != null) ? settings.slug() : slugOf(name);
		boolean makeDefault = Boolean.TRUE.equals(settings.isDefault()) || this.pages.findAll().isEmpty();
		StatusPage page = new StatusPage(PageId.next(), validSlug(slug), validHost(settings.hostname()), name,
				validUrl(settings.publicUrl(), "publicUrl"), validZone(settings.timeZone()), makeDefault,
				Objects.requireNonNullElse(settings.visibility(), StatusPage.Visibility.PUBLIC),
				new StatusPage.Branding(validColor(settings.accentColor()), validUrl(settings.logoUrl(), "logoUrl")),
				validLinks(settings.footerLinks()), now, now);
		if (makeDefault) {
			this.pages.clearDefault();
		}
		try {
			this.pages.insert(page);
		}
		catch (DuplicateKeyException ex) {
			throw RequestRejected.conflict("slug", "Another page already uses this slug or host name.");
		}
		this.events.publishEvent(new StatusPageSaved(page.id(), page.name(), page.slug(), true));
		return page;
	}

	public StatusPage update(PageId id, PageSettings s) {
		StatusPage current = require(id);
		boolean makeDefault = Boolean.TRUE.equals(s.isDefault()) && !current.isDefault();
		StatusPage page = new StatusPage(id, (s.slug() != null) ? validSlug(s.slug()) : current.slug(),
				(s.hostname() != null) ? validHost(s.hostname()) : current.hostname(),
				(s.name() != null) ? required(s.name(), "name", 200) : current.name(),
				(s.publicUrl() != null) ? validUrl(s.publicUrl(), "publicUrl") : current.publicUrl(),
				(s.timeZone() != null) ? validZone(s.timeZone()) : current.timeZone(),
				current.isDefault() || makeDefault, (s.visibility() != null) ? s.visibility() : current.visibility(),
				new StatusPage.Branding(
						(s.accentColor() != null) ? validColor(s.accentColor()) : current.branding().accentColor(),
						(s.logoUrl() != null) ? validUrl(s.logoUrl(), "logoUrl") : current.branding().logoUrl()),
				(s.footerLinks() != null) ? validLinks(s.footerLinks()) : current.footerLinks(), current.createdAt(),
				this.clock.instant());
		if (makeDefault) {
			this.pages.clearDefault();
		}
		try {
			this.pages.update(page);
		}
		catch (DuplicateKeyException ex) {
			throw RequestRejected.conflict("slug", "Another page already uses this slug or host name.");
		}
		this.events.publishEvent(new StatusPageSaved(id, page.name(), page.slug(), false));
		return page;
	}

	@Transactional(readOnly = true)
	public List<Component> components(PageId page) {
		require(page);
		return this.components.findByPage(page);
	}

	@Transactional(readOnly = true)
	public Component component(PageId page, ComponentId id) {
		return this.components.findById(id)
			.filter((c) -> c.page().equals(page))
			.orElseThrow(() -> RequestRejected.notFound("There is no component " + id + " on this page."));
	}

	public Component createComponent(PageId page, ComponentSettings s) {
		require(page);
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
		this.pages.touch(page, now);
		this.events.publishEvent(new ComponentSaved(page, component.id(), component.name(), group, true));
		return component;
	}

	public Component updateComponent(PageId page, ComponentId id, ComponentSettings s) {
		Component current = component(page, id);
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
		this.pages.touch(page, now);
		return component(page, id);
	}

	public void deleteComponent(PageId page, ComponentId id) {
		Component current = component(page, id);
		this.components.delete(id);
		this.pages.touch(page, this.clock.instant());
		this.events.publishEvent(new ComponentDeleted(page, id, current.name()));
	}

	/**
	 * Sets a component's status, records it as history and tells listeners; returns the
	 * old status.
	 */
	ComponentStatus changeStatus(Component component, ComponentStatus status, Instant at) {
		if (component.status() != status) {
			this.components.changeStatus(component.id(), status, at);
			this.events.publishEvent(new ComponentStatusChanged(component.page(), component.id(), component.name(),
					component.status(), status));
		}
		return component.status();
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

	static String required(String value, String field, int max) {
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

	private static String slugOf(String name) {
		String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		return slug.isEmpty() ? "status" : slug.substring(0, Math.min(slug.length(), 60));
	}

	private static String validSlug(String slug) {
		if (!SLUG.matcher(slug).matches()) {
			throw RequestRejected.invalid("slug", "Use 1 to 60 lowercase letters, digits and dashes for the slug.");
		}
		return slug;
	}

	private static String validHost(String host) {
		if (host == null || host.isBlank()) {
			return null;
		}
		String clean = host.strip().toLowerCase();
		if (!HOST.matcher(clean).matches()) {
			throw RequestRejected.invalid("hostname",
					"Give a host name such as status.example.com, without a scheme or path.");
		}
		return clean;
	}

	static String validUrl(String url, String field) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String clean = url.strip();
		if (!(clean.startsWith("https://") || clean.startsWith("http://")) || clean.length() > 500
				|| clean.contains(" ")) {
			throw RequestRejected.invalid(field, "Give an http:// or https:// URL of at most 500 characters.");
		}
		return clean;
	}

	private static String validZone(String zone) {
		if (zone == null || zone.isBlank()) {
			return "Etc/UTC";
		}
		try {
			return ZoneId.of(zone.strip()).getId();
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid("time_zone", "Give an IANA time zone such as Europe/Berlin or Etc/UTC.");
		}
	}

	private static String validColor(String color) {
		if (color == null || color.isBlank()) {
			return null;
		}
		if (!COLOR.matcher(color.strip()).matches()) {
			throw RequestRejected.invalid("accent_color", "Give a colour as #rrggbb, such as #2453b8.");
		}
		return color.strip().toLowerCase();
	}

	private static List<StatusPage.Link> validLinks(List<StatusPage.Link> links) {
		if (links == null) {
			return List.of();
		}
		if (links.size() > 10) {
			throw RequestRejected.invalid("footer_links", "Use at most 10 footer links.");
		}
		for (int i = 0; i < links.size(); i++) {
			if (links.get(i) == null) {
				throw RequestRejected.invalid("footer_links",
						"footer_links[" + i + "] is empty; give each link a label and a URL.");
			}
		}
		List<StatusPage.Link> valid = new java.util.ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			StatusPage.Link link = links.get(i);
			String url = validUrl(link.url(), "footer_links");
			if (url == null) {
				throw RequestRejected.invalid("footer_links",
						"footer_links[" + i + "] has no URL; give each link a label and a URL.");
			}
			valid.add(new StatusPage.Link(required(link.label(), "footer_links", 80), url));
		}
		return valid;
	}

}
