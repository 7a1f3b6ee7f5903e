package dev.sharpend.notify.web;

import dev.sharpend.notify.Deliveries;
import dev.sharpend.notify.DeliveryState;
import dev.sharpend.notify.SmtpConfiguration;
import dev.sharpend.notify.SmtpSettings;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * E-mail settings (the SMTP server, password sealed) and the deliveries that could not be
 * made.
 */
@Controller
@RequestMapping("/admin")
class SmtpSettingsController {

	private final SmtpConfiguration smtp;

	private final Deliveries deliveries;

	SmtpSettingsController(SmtpConfiguration smtp, Deliveries deliveries) {
		this.smtp = smtp;
		this.deliveries = deliveries;
	}

	@GetMapping("/smtp")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String page(Model model) {
		SmtpSettings current = this.smtp.current();
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new SmtpConfiguration.SmtpForm(current.host(), current.port(),
					current.username(), "", false, current.from(), current.starttls()));
		}
		model.addAttribute("current", current);
		model.addAttribute("hasPassword", current.password() != null);
		model.addAttribute("dead", this.deliveries.inState(DeliveryState.DEAD));
		return "notify/smtp";
	}

	@PostMapping("/smtp")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String save(SmtpConfiguration.SmtpForm form, RedirectAttributes redirect) {
		try {
			this.smtp.save(form);
			redirect.addFlashAttribute("notice", "Saved. E-mail now goes through " + form.host() + ".");
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("form", new SmtpConfiguration.SmtpForm(form.host(), form.port(), form.username(),
					"", false, form.from(), form.starttls()));
		}
		return "redirect:/admin/smtp";
	}

	@PostMapping("/smtp/clear")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String clear(RedirectAttributes redirect) {
		this.smtp.clear();
		redirect.addFlashAttribute("notice", "Cleared. The SHARPEND_SMTP_* settings apply.");
		return "redirect:/admin/smtp";
	}

	@PostMapping("/deliveries/{id}/retry")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String retry(@PathVariable String id, RedirectAttributes redirect) {
		try {
			this.deliveries.retry(id);
			redirect.addFlashAttribute("notice", "Queued again.");
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/smtp";
	}

}
