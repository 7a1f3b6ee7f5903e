package dev.sharpend.review.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.review.FactorProviders;
import dev.sharpend.review.ProviderFactor;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Our incidents a provider took part in, by the reviews' factors that name it: a panel
 * the provider page loads, and the same list over JSON.
 */
@Controller
class ProviderFactorsController {

	private final FactorProviders providers;

	ProviderFactorsController(FactorProviders providers) {
		this.providers = providers;
	}

	@GetMapping("/reviews/providers/{provider}/factors")
	@RequiresPermission(Permission.REVIEW_READ)
	String panel(@PathVariable UUID provider,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("factors", this.providers.factors(provider));
		model.addAttribute("provider", provider);
		model.addAttribute("providerName", this.providers.name(provider).orElse("This provider"));
		return (htmx != null) ? "review/provider-factors :: panel" : "review/provider-factors";
	}

	@GetMapping("/api/v1/reviews/provider-factors/{provider}")
	@RequiresPermission(Permission.REVIEW_READ)
	@ResponseBody
	List<ProviderFactor> api(@PathVariable UUID provider) {
		return this.providers.factors(provider);
	}

}
