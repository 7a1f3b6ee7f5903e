package dev.sharpend.chatops.web;

import dev.sharpend.chatops.ChatIntegrations;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page for chat integrations and chat user links. */
@Controller
@RequestMapping("/admin/chat")
class ChatIntegrationsController {

	private final ChatIntegrations integrations;

	private final SharpendProperties properties;

	private final Environment environment;

	ChatIntegrationsController(ChatIntegrations integrations, SharpendProperties properties, Environment environment) {
		this.integrations = integrations;
		this.properties = properties;
		this.environment = environment;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String page(Model model) {
		model.addAttribute("integrations", this.integrations.list());
		model.addAttribute("commandUrl",
				this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080))
						+ "/hooks/chat/command");
		return "chatops/integrations";
	}

	@PostMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String create(String name, String kind, String secret, RedirectAttributes redirect) {
		try {
			ChatIntegrations.Created created = this.integrations.create(name, kind, secret);
			redirect.addFlashAttribute("notice", "Added " + created.integration().name() + ".");
			redirect.addFlashAttribute("secret", created.secret());
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/chat";
	}

	@PostMapping("/{id}/remove")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String remove(@PathVariable String id, RedirectAttributes redirect) {
		return outcome(() -> this.integrations.remove(id), "Removed.", redirect);
	}

	@PostMapping("/{id}/links")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String link(@PathVariable String id, String chatUser, String email, RedirectAttributes redirect) {
		return outcome(() -> this.integrations.link(id, chatUser, email), "Linked " + chatUser + " to " + email + ".",
				redirect);
	}

	private static String outcome(Runnable action, String notice, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/admin/chat";
	}

}
