package dev.sharpend.provider.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.AccessGranularity;
import dev.sharpend.provider.CatalogueEntry;
import dev.sharpend.provider.DependencyStrength;
import dev.sharpend.provider.Lifecycle;
import dev.sharpend.provider.OurComponents;
import dev.sharpend.provider.Provider;
import dev.sharpend.provider.ProviderCatalogue;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderKind;
import dev.sharpend.provider.Providers;
import dev.sharpend.provider.Sensitivity;
import dev.sharpend.provider.Tenancy;
import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding a provider (blank, or started from a catalogue entry found by name), editing
 * every register field of one, and removing one. A refused form comes back with what was
 * typed and the message beside the field, and nothing is changed.
 */
@Controller
class ProviderEditController {

	private final Providers providers;

	private final ProviderCatalogue catalogue;

	private final OurComponents components;

	ProviderEditController(Providers providers, ProviderCatalogue catalogue, OurComponents components) {
		this.providers = providers;
		this.catalogue = catalogue;
		this.components = components;
	}

	/**
	 * The new-provider form, with the catalogue narrowed by {@code q}; choosing an entry
	 * ({@code catalogue}) prefills the form from it.
	 */
	@GetMapping("/providers/new")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String create(@RequestParam(required = false) @Nullable String catalogue,
			@RequestParam(required = false) @Nullable String q, Model model) {
		CatalogueEntry chosen = (catalogue == null) ? null : this.catalogue.find(catalogue).orElse(null);
		String part = (q == null) ? "" : q.strip().toLowerCase(Locale.ROOT);
		model.addAttribute("q", (q == null) ? "" : q.strip());
		model.addAttribute("entries",
				this.catalogue.entries()
					.stream()
					.filter((e) -> e.name().toLowerCase(Locale.ROOT).contains(part)
							|| e.kind().label().toLowerCase(Locale.ROOT).contains(part))
					.toList());
		model.addAttribute("chosen", chosen);
		return form(model, (chosen != null) ? ProviderForm.of(Provider.from(chosen)) : ProviderForm.blank(), null,
				FormErrors.NONE);
	}

	@PostMapping("/providers")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String add(ProviderForm form, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Provider added;
		try {
			added = this.providers.add(form.request().applyTo(Provider.named("", ProviderKind.OTHER)));
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			return form(model, form, null, FormErrors.of(ex));
		}
		redirect.addFlashAttribute("notice", added.name() + " is in the register.");
		return "redirect:/providers/" + added.id();
	}

	@GetMapping("/providers/{id}/edit")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String edit(@PathVariable UUID id, Model model) {
		Provider provider = this.providers.require(new ProviderId(id));
		return form(model, ProviderForm.of(provider), provider, FormErrors.NONE);
	}

	@PostMapping("/providers/{id}")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String change(@PathVariable UUID id, ProviderForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Provider current = this.providers.require(new ProviderId(id));
		try {
			this.providers.change(form.request().applyTo(current));
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			return form(model, form, current, FormErrors.of(ex));
		}
		redirect.addFlashAttribute("notice", "Saved.");
		return "redirect:/providers/" + id;
	}

	@PostMapping("/providers/{id}/delete")
	@RequiresPermission(Permission.PROVIDER_WRITE)
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		Provider provider = this.providers.require(new ProviderId(id));
		this.providers.remove(provider.id());
		redirect.addFlashAttribute("notice", provider.name() + " is removed from the register.");
		return "redirect:/providers";
	}

	private String form(Model model, ProviderForm form, @Nullable Provider editing, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("errors", errors);
		model.addAttribute("others",
				this.providers.list().stream().filter((p) -> editing == null || !p.id().equals(editing.id())).toList());
		model.addAttribute("ours", this.components.all());
		model.addAttribute("kinds", ProviderKind.values());
		model.addAttribute("tenancies", Tenancy.values());
		model.addAttribute("lifecycles", Lifecycle.values());
		model.addAttribute("sensitivities", Sensitivity.values());
		model.addAttribute("accesses", AccessGranularity.values());
		model.addAttribute("formats", StatusFormat.values());
		model.addAttribute("strengths", DependencyStrength.values());
		return "provider/form";
	}

}
