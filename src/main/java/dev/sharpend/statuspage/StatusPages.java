package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentSettings;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Status pages: their settings, and the components each shows. */
@Service
@Transactional
@NamedInterface("api")
public class StatusPages {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

	private static final Pattern HOST = Pattern
		.compile("(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

	private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

	private final PageRepository pages;

	private final Components components;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StatusPages(PageRepository pages, Components components, ApplicationEventPublisher events, Clock clock) {
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

	/**
	 * The components and groups a page shows, in page order; rejected when there is no
	 * such page.
	 */
	@Transactional(readOnly = true)
	public List<Component> components(PageId page) {
		require(page);
		return this.components.onPage(page);
	}

	/** Adds a component or group to a page; rejected when there is no such page. */
	public Component createComponent(PageId page, ComponentSettings settings) {
		require(page);
		return this.components.create(page, settings);
	}

	static String required(String value, String field, int max) {
		return PageInputs.required(value, field, max);
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
		return PageInputs.url(url, field);
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
