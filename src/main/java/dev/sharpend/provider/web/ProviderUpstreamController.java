package dev.sharpend.provider.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.provider.ComponentMapping;
import dev.sharpend.provider.ComponentMappings;
import dev.sharpend.provider.MappingRule;
import dev.sharpend.provider.OurComponents;
import dev.sharpend.provider.OurComponents.OurComponent;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderReports;
import dev.sharpend.provider.ProviderWatching;
import dev.sharpend.provider.Providers;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A provider's side of the provider page: what its status page says, which of its
 * components map to ours and how, and what it cost us. The page loads it with htmx;
 * without JavaScript its link opens it as a page of its own.
 */
@Controller
class ProviderUpstreamController {

	/** The caps a team may choose: the outages, mildest first. */
	static final List<ComponentStatus> CAPS = List.of(ComponentStatus.DEGRADED_PERFORMANCE,
			ComponentStatus.PARTIAL_OUTAGE, ComponentStatus.MAJOR_OUTAGE);

	private final Providers providers;

	private final ProviderWatching watching;

	private final ComponentMappings mappings;

	private final ProviderReports reports;

	private final OurComponents ours;

	ProviderUpstreamController(Providers providers, ProviderWatching watching, ComponentMappings mappings,
			ProviderReports reports, OurComponents ours) {
		this.providers = providers;
		this.watching = watching;
		this.mappings = mappings;
		this.reports = reports;
		this.ours = ours;
	}

	@GetMapping("/providers/{id}/upstream")
	@RequiresPermission(Permission.PROVIDER_READ)
	String upstream(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		ProviderId provider = new ProviderId(id);
		model.addAttribute("provider", this.providers.require(provider));
		model.addAttribute("watched", this.watching.status(provider));
		Map<ComponentId, OurComponent> byId = this.ours.byId();
		model.addAttribute("ourComponents", byId.values().stream().filter((c) -> !c.group()).toList());
		model.addAttribute("ourNames", byId);
		model.addAttribute("mappings", this.mappings.of(provider));
		model.addAttribute("report", this.reports.report(provider));
		model.addAttribute("caps", CAPS);
		model.addAttribute("defaultCap", ComponentMapping.DEFAULT_CAP);
		return (htmx != null) ? "provider/upstream :: panel" : "provider/upstream";
	}

	/** Adds a mapping to the provider's. */
	@PostMapping("/providers/{id}/mappings")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String map(@PathVariable UUID id, @RequestParam(defaultValue = "") String upstreamComponent,
			@RequestParam(defaultValue = "") String componentId, @RequestParam(defaultValue = "note") String rule,
			@RequestParam(required = false) @Nullable String cap, RedirectAttributes redirect) {
		ProviderId provider = new ProviderId(id);
		try {
			if (upstreamComponent.isBlank() || componentId.isBlank()) {
				throw RequestRejected.invalid("upstreamComponent",
						"Pick one of the provider's components and one of ours to map it to.");
			}
			ComponentMapping added = new ComponentMapping(provider, upstreamComponent.strip(),
					ComponentId.parse(componentId, "componentId"), WireCode.parse(MappingRule.class, rule, "rule"),
					(cap == null || cap.isBlank()) ? ComponentMapping.DEFAULT_CAP
							: WireCode.parse(ComponentStatus.class, cap, "cap"));
			List<ComponentMapping> all = new ArrayList<>(this.mappings.of(provider));
			all.removeIf((m) -> m.upstreamComponent().equals(added.upstreamComponent())
					&& m.component().equals(added.component()));
			all.add(added);
			this.mappings.replace(provider, all);
			redirect.addFlashAttribute("mappingNotice", "Mapped " + added.upstreamComponent() + ".");
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("mappingError", ex.getMessage());
		}
		return "redirect:/providers/" + id + "#mappings";
	}

	/** Removes one of the provider's mappings. */
	@PostMapping("/providers/{id}/mappings/remove")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String unmap(@PathVariable UUID id, @RequestParam String upstreamComponent, @RequestParam String componentId,
			RedirectAttributes redirect) {
		ProviderId provider = new ProviderId(id);
		List<ComponentMapping> all = new ArrayList<>(this.mappings.of(provider));
		all.removeIf(
				(m) -> m.upstreamComponent().equals(upstreamComponent) && m.component().value().equals(componentId));
		this.mappings.replace(provider, all);
		redirect.addFlashAttribute("mappingNotice", "Removed the mapping of " + upstreamComponent + ".");
		return "redirect:/providers/" + id + "#mappings";
	}

	/** Keeps or releases a person's override of a status Sharpend set. */
	@PostMapping("/providers/overrides/{component}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String lock(@PathVariable String component, @RequestParam boolean locked,
			@RequestParam(defaultValue = "") String back, RedirectAttributes redirect) {
		try {
			this.mappings.lock(ComponentId.parse(component, "componentId"), locked);
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("notice", ex.getMessage());
		}
		// only a path of this site, never another host
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
		return "redirect:" + (local ? back : "/providers");
	}

}
