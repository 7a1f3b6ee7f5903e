package dev.sharpend.alert.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.AlertBoard;
import dev.sharpend.alert.IntakeRates;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.alert.Integrations;
import dev.sharpend.alert.TestAlerts;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Alert sources: the list (with when each last received something), a new one (its key
 * and URL shown once, with how to point the source at it), a test alert through one, and
 * disabling one.
 */
@Controller
@RequestMapping("/alerts/integrations")
class IntegrationsController {

	private final Integrations integrations;

	private final AlertBoard board;

	private final TestAlerts testAlerts;

	private final IntakeRates rates;

	IntegrationsController(Integrations integrations, AlertBoard board, TestAlerts testAlerts, IntakeRates rates) {
		this.integrations = integrations;
		this.board = board;
		this.testAlerts = testAlerts;
		this.rates = rates;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	String list(Model model) {
		model.addAttribute("integrations", this.integrations.all());
		model.addAttribute("openGroups", this.board.openGroupCounts());
		model.addAttribute("lastReceived", this.integrations.lastReceived());
		model.addAttribute("rates", this.rates);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", IntegrationForm.empty());
			model.addAttribute("errors", FieldErrors.NONE);
		}
		return "alert/integrations";
	}

	@PostMapping
	@RequiresPermission(Permission.ALERT_WRITE)
	String create(IntegrationForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Integrations.CreatedIntegration created;
		try {
			created = this.integrations.create(form.name(), form.integrationType(),
					IntegrationForm.list(form.ruleLabels()), IntegrationForm.list(form.groupBy()), form.groupWindow(),
					form.mapping(), form.rate());
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			model.addAttribute("form", form);
			model.addAttribute("errors", FieldErrors.of(ex));
			return list(model);
		}
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		redirect.addFlashAttribute("created", NewIntegration.of(created, base));
		return "redirect:/alerts/integrations";
	}

	@PostMapping("/{id}/disable")
	@RequiresPermission(Permission.ALERT_WRITE)
	String disable(@PathVariable String id, RedirectAttributes redirect) {
		UUID uuid = AlertFilters.integrationPath(id);
		this.integrations.disable(uuid);
		String name = this.integrations.all()
			.stream()
			.filter((i) -> i.id().equals(uuid))
			.map(Integration::name)
			.findFirst()
			.orElse("The integration");
		redirect.addFlashAttribute("notice", name + " is disabled; its key is refused from now on.");
		return "redirect:/alerts/integrations";
	}

	/** Sets the integration's rate; an empty one goes back to the default. */
	@PostMapping("/{id}/rate")
	@RequiresPermission(Permission.ALERT_WRITE)
	String rate(@PathVariable String id, @RequestParam(required = false) String ratePerMinute,
			RedirectAttributes redirect) {
		UUID uuid = AlertFilters.integrationPath(id);
		Integration changed;
		try {
			changed = this.integrations.changeRate(uuid, IntegrationForm.rate(ratePerMinute));
		}
		catch (RequestRejected ex) {
			if (Rejections.status(ex).value() == 404) {
				throw ex;
			}
			redirect.addFlashAttribute("notice", ex.getMessage());
			return "redirect:/alerts/integrations";
		}
		redirect.addFlashAttribute("notice", changed.name() + " may now send " + this.rates.rate(changed)
				+ " deliveries a minute" + ((changed.ratePerMinute() == null) ? " (the default)" : "") + ".");
		return "redirect:/alerts/integrations";
	}

	/**
	 * Sends a test alert through the integration; the page then links to the group it
	 * opened or joined.
	 */
	@PostMapping("/{id}/test")
	@RequiresPermission(Permission.ALERT_WRITE)
	String test(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		UUID uuid = AlertFilters.integrationPath(id);
		redirect.addFlashAttribute("testSent", this.testAlerts.send(uuid, authentication.getName()));
		return "redirect:/alerts/integrations";
	}

	/**
	 * A just-created integration, shown once.
	 *
	 * @param name its name
	 * @param type its type code
	 * @param key the key to configure at the source
	 * @param url where the source sends to
	 * @param base Sharpend's base URL
	 */
	record NewIntegration(String name, String type, String key, String url, String base) {

		static NewIntegration of(Integrations.CreatedIntegration created, String base) {
			Integration integration = created.integration();
			String url = (integration.type() == IntegrationType.PAGERDUTY) ? base + "/hooks/pagerduty/v2/enqueue"
					: base + "/hooks/" + integration.type().code() + "/" + created.key();
			return new NewIntegration(integration.name(), integration.type().code(), created.key(), url, base);
		}

	}

}
