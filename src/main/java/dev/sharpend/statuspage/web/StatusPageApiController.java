package dev.sharpend.statuspage.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentSettings;
import dev.sharpend.catalog.Components;
import dev.sharpend.statuspage.PageSettings;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Status pages and their components, for automation. */
@RestController
@RequestMapping("/api/v1/status-pages")
class StatusPageApiController {

	private final StatusPages pages;

	private final Components components;

	StatusPageApiController(StatusPages pages, Components components) {
		this.pages = pages;
		this.components = components;
	}

	@GetMapping
	@RequiresPermission(Permission.STATUSPAGE_READ)
	Items<PageResponse> list() {
		return new Items<>(this.pages.all().stream().map(PageResponse::of).toList());
	}

	@PostMapping
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	PageResponse create(@RequestBody PageRequest request) {
		return PageResponse.of(this.pages.create(request.toSettings()));
	}

	@GetMapping("/{pageId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	PageResponse get(@PathVariable String pageId) {
		return PageResponse.of(this.pages.require(Codes.page(pageId)));
	}

	@PatchMapping("/{pageId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	PageResponse update(@PathVariable String pageId, @RequestBody PageRequest request) {
		return PageResponse.of(this.pages.update(Codes.page(pageId), request.toSettings()));
	}

	@GetMapping("/{pageId}/components")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	Items<ComponentResponse> components(@PathVariable String pageId) {
		return new Items<>(this.pages.components(Codes.page(pageId)).stream().map(ComponentResponse::of).toList());
	}

	@PostMapping("/{pageId}/components")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	ComponentResponse createComponent(@PathVariable String pageId, @RequestBody ComponentRequest request) {
		return ComponentResponse.of(this.pages.createComponent(Codes.page(pageId), request.toSettings()));
	}

	@GetMapping("/{pageId}/components/{componentId}")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	ComponentResponse component(@PathVariable String pageId, @PathVariable String componentId) {
		return ComponentResponse.of(this.components.require(Codes.page(pageId), existing(componentId)));
	}

	@PatchMapping("/{pageId}/components/{componentId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	ComponentResponse updateComponent(@PathVariable String pageId, @PathVariable String componentId,
			@RequestBody ComponentRequest request) {
		return ComponentResponse
			.of(this.components.update(Codes.page(pageId), existing(componentId), request.toSettings()));
	}

	@DeleteMapping("/{pageId}/components/{componentId}")
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void deleteComponent(@PathVariable String pageId, @PathVariable String componentId) {
		this.components.delete(Codes.page(pageId), existing(componentId));
	}

	private static ComponentId existing(String id) {
		try {
			return new ComponentId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no component " + id + ".");
		}
	}

	record Items<T>(List<T> items) {
	}

	record PageRequest(String name, String slug, String hostname, String publicUrl, String timeZone, Boolean isDefault,
			String visibility, String accentColor, String logoUrl, List<StatusPage.Link> footerLinks) {

		PageSettings toSettings() {
			StatusPage.Visibility parsed = null;
			if (this.visibility != null) {
				try {
					parsed = StatusPage.Visibility.valueOf(this.visibility.toUpperCase());
				}
				catch (IllegalArgumentException ex) {
					throw RequestRejected.invalid("visibility", "Use \"public\" or \"private\".");
				}
			}
			return new PageSettings(this.name, this.slug, this.hostname, this.publicUrl, this.timeZone, this.isDefault,
					parsed, this.accentColor, this.logoUrl, this.footerLinks);
		}

	}

	record PageResponse(String id, String name, String slug, String hostname, String publicUrl, String timeZone,
			boolean isDefault, String visibility, String accentColor, String logoUrl, List<StatusPage.Link> footerLinks,
			Instant createdAt, Instant updatedAt) {

		static PageResponse of(StatusPage p) {
			return new PageResponse(p.id().value(), p.name(), p.slug(), p.hostname(), p.publicUrl(), p.timeZone(),
					p.isDefault(), p.visibility().name().toLowerCase(), p.branding().accentColor(),
					p.branding().logoUrl(), p.footerLinks(), p.createdAt(), p.updatedAt());
		}

	}

	record ComponentRequest(String name, String description, String groupId, Boolean group, Integer position,
			Boolean showcase, Boolean onlyShowIfDegraded, LocalDate startDate, String status) {

		ComponentSettings toSettings() {
			boolean ungroup = "".equals(this.groupId);
			return new ComponentSettings(this.name, this.description,
					(this.groupId != null && !ungroup) ? Codes.component(this.groupId, "groupId") : null, ungroup,
					this.group, this.position, this.showcase, this.onlyShowIfDegraded, this.startDate,
					Codes.componentStatus(this.status, "status"));
		}

	}

	record ComponentResponse(String id, String pageId, String groupId, boolean group, String name, String description,
			String status, int position, boolean showcase, boolean onlyShowIfDegraded, LocalDate startDate,
			Instant createdAt, Instant updatedAt) {

		static ComponentResponse of(Component c) {
			return new ComponentResponse(c.id().value(), c.page().value(),
					(c.groupId() != null) ? c.groupId().value() : null, c.group(), c.name(), c.description(),
					c.status().code(), c.position(), c.showcase(), c.onlyShowIfDegraded(), c.startDate(), c.createdAt(),
					c.updatedAt());
		}

	}

}
