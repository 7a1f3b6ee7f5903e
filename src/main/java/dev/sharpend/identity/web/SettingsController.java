package dev.sharpend.identity.web;

import java.util.List;
import java.util.Set;

import dev.sharpend.system.Permission;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The index of settings pages, each listed only for those who may use it. */
@Controller
@RequestMapping("/settings")
class SettingsController {

	/** Later settings pages add themselves here. */
	private static final List<SettingsPage> PAGES = List.of(
			new SettingsPage("Your account", "/account", "Your password and your API tokens for automation.", null),
			new SettingsPage("On call", "/oncall/teams",
					"Teams, their rotations and schedules, and who is on call now.", Permission.ONCALL_READ),
			new SettingsPage("Users", "/admin/users", "Create, invite and deactivate users; choose their roles.",
					Permission.USER_ADMIN),
			new SettingsPage("Roles", "/admin/roles", "Which permissions each role bundles.", Permission.USER_ADMIN),
			new SettingsPage("Audit log", "/admin/audit", "Every change: who made it, when and from where.",
					Permission.AUDIT_READ),
			new SettingsPage("E-mail", "/admin/smtp", "SMTP server for subscriber mail; deliveries that failed.",
					Permission.SETTINGS_ADMIN),
			new SettingsPage("Twilio", "/admin/twilio", "The account on-call pages go out through by SMS and voice.",
					Permission.SETTINGS_ADMIN),
			new SettingsPage("Chat", "/admin/chat",
					"Slack and Mattermost slash commands; which chat users act as whom.", Permission.SETTINGS_ADMIN),
			new SettingsPage("Single sign-on", "/admin/sso", "Let people sign in through your OpenID Connect provider.",
					Permission.SETTINGS_ADMIN));

	@GetMapping
	@SignedIn
	String settings(Authentication authentication, Model model) {
		Set<Permission> held = Permission.heldBy(authentication);
		model.addAttribute("pages",
				PAGES.stream().filter((page) -> page.needs() == null || held.contains(page.needs())).toList());
		return "identity/settings";
	}

	/**
	 * A settings page as listed in the index.
	 *
	 * @param title its name
	 * @param path where it is
	 * @param purpose one line on what it is for
	 * @param needs the permission it needs, or null for every signed-in user
	 */
	record SettingsPage(String title, String path, String purpose, Permission needs) {
	}

}
