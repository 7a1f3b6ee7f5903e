package dev.sharpend.notify.web;

import dev.sharpend.notify.NotifyProperties;
import dev.sharpend.notify.TwilioConfiguration;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Twilio account on-call pages go out through by SMS and voice (auth token sealed).
 */
@Controller
@RequestMapping("/admin/twilio")
class TwilioSettingsController {

	private final TwilioConfiguration twilio;

	TwilioSettingsController(TwilioConfiguration twilio) {
		this.twilio = twilio;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String page(Model model) {
		NotifyProperties.Twilio current = this.twilio.current();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					new TwilioConfiguration.TwilioForm(current.accountSid(), "", current.from(), current.apiBase()));
		}
		model.addAttribute("configured", current.configured());
		model.addAttribute("hasToken", !current.authToken().isEmpty());
		model.addAttribute("source", this.twilio.saved() ? "database" : "environment");
		return "notify/twilio";
	}

	@PostMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String save(TwilioConfiguration.TwilioForm form, RedirectAttributes redirect) {
		try {
			this.twilio.save(form);
			redirect.addFlashAttribute("notice", "Saved. SMS and voice pages now go through this account.");
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("form",
					new TwilioConfiguration.TwilioForm(form.accountSid(), "", form.from(), form.apiBase()));
		}
		return "redirect:/admin/twilio";
	}

	@PostMapping("/clear")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String clear(RedirectAttributes redirect) {
		this.twilio.clear();
		redirect.addFlashAttribute("notice", "Cleared. The SHARPEND_TWILIO_* settings apply.");
		return "redirect:/admin/twilio";
	}

}
