package dev.sharpend.provider.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.provider.ComponentMappings;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What our components' providers say now, as a panel the incident page and the status
 * page editor load beside the components they show.
 */
@Controller
class ProviderNotesController {

	private final ComponentMappings mappings;

	private final Components components;

	ProviderNotesController(ComponentMappings mappings, Components components) {
		this.mappings = mappings;
		this.components = components;
	}

	/** The notes of the components named, or of every component on {@code page}. */
	@GetMapping("/providers/notes")
	@RequiresPermission(Permission.PROVIDER_READ)
	String notes(@RequestParam(name = "component", required = false) @Nullable List<String> component,
			@RequestParam(required = false) @Nullable String page,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-Current-URL", required = false) @Nullable String current, Model model) {
		List<ComponentId> ours = new ArrayList<>();
		if (component != null) {
			component.forEach((c) -> ours.add(ComponentId.parse(c, "component")));
		}
		if (page != null && !page.isBlank()) {
			this.components.onPage(page(page)).forEach((c) -> ours.add(c.id()));
		}
		Map<ComponentId, String> names = ours.stream()
			.distinct()
			.map(this.components::find)
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(Component::id, Component::name, (a, b) -> a));
		model.addAttribute("notes", this.mappings.notes(ours));
		model.addAttribute("maintenances", this.mappings.maintenances(ours));
		model.addAttribute("names", names);
		// a kept or released override returns to the page the panel sits on
		model.addAttribute("back", path(current));
		// without JavaScript the panel's link opens it as a page of its own
		return (htmx != null) ? "provider/notes :: panel" : "provider/notes";
	}

	private static String path(@Nullable String url) {
		if (url == null) {
			return "/providers";
		}
		try {
			URI uri = URI.create(url);
			return (uri.getRawPath() != null && uri.getRawPath().startsWith("/")) ? uri.getRawPath() : "/providers";
		}
		catch (IllegalArgumentException ex) {
			return "/providers";
		}
	}

	private static PageId page(String value) {
		try {
			return new PageId(value);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("page", "\"" + value + "\" is not a status page id.");
		}
	}

}
