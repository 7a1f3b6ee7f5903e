package dev.sharpend.identity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.identity.Role;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.SingleSignOnSettings;
import dev.sharpend.identity.SingleSignOnSettings.FieldProblem;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page for single sign-on settings. */
@Controller
@RequestMapping("/admin/sso")
class SsoSettingsController {

	private final SingleSignOnSettings settings;

	private final Roles roles;

	private final SsoRedirectUri redirectUri;

	SsoSettingsController(SingleSignOnSettings settings, Roles roles, SsoRedirectUri redirectUri) {
		this.settings = settings;
		this.roles = roles;
		this.redirectUri = redirectUri;
	}

	@GetMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String page(Model model) {
		SingleSignOnSettings.Overview overview = this.settings.overview();
		return view(overview, SsoSettingsForm.of(overview), Map.of(), model);
	}

	@PostMapping
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String save(SsoSettingsForm form, Authentication authentication, Model model, RedirectAttributes redirect) {
		List<FieldProblem> problems = this.settings.problems(form.toChange());
		if (problems.isEmpty()) {
			try {
				this.settings.save(form.toChange(), ((UserBacked) authentication.getPrincipal()).userId());
				redirect.addFlashAttribute("notice", "Single sign-on settings saved. They are in force now.");
				return "redirect:/admin/sso";
			}
			catch (RequestRejected ex) {
				problems = List.of(new FieldProblem(ex.field(), ex.getMessage()));
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		problems.forEach((problem) -> errors.putIfAbsent(problem.field(), problem.message()));
		return view(this.settings.overview(), form, errors, model);
	}

	@PostMapping("/remove")
	@RequiresPermission(Permission.SETTINGS_ADMIN)
	String remove(RedirectAttributes redirect) {
		boolean removed = this.settings.remove();
		redirect.addFlashAttribute("notice", removed
				? "Stored single sign-on settings removed. The environment's settings (SHARPEND_OIDC_*) apply now."
				: "There were no stored single sign-on settings to remove.");
		return "redirect:/admin/sso";
	}

	private String view(SingleSignOnSettings.Overview overview, SsoSettingsForm form, Map<String, String> errors,
			Model model) {
		model.addAttribute("overview", overview);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", this.roles.all().stream().map(Role::name).toList());
		model.addAttribute("redirectUri", this.redirectUri.current());
		return "identity/sso";
	}

}
