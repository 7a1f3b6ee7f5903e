package dev.sharpend.incident.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.incident.ProviderAccuracy;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * How early a provider's status page reported its incidents against our own first signal:
 * a panel the provider page loads.
 */
@Controller
class ProviderAccuracyController {

	private final ProviderAccuracy accuracy;

	ProviderAccuracyController(ProviderAccuracy accuracy) {
		this.accuracy = accuracy;
	}

	@GetMapping("/response/providers/{provider}/accuracy")
	@RequiresPermission(Permission.INCIDENT_READ)
	String panel(@PathVariable UUID provider,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("provider", provider);
		model.addAttribute("comparisons", this.accuracy.compare(new ProviderId(provider)));
		return (htmx != null) ? "incident/provider-accuracy :: panel" : "incident/provider-accuracy";
	}

}
