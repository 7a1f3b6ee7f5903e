package dev.sharpend.identity.web;

import java.util.Map;

import dev.sharpend.identity.SingleSignOn;
import dev.sharpend.system.PublicRoute;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/login")
class LoginController {

	/** Why a single sign-on attempt ended back here, by the reason in {@code ?sso=}. */
	private static final Map<String, String> SSO_ERRORS = Map.of("client_rejected",
			"The single sign-on provider did not accept Sharpend's client id or client secret. "
					+ "An administrator can correct them under Settings → Single sign-on (/admin/sso).",
			"deactivated", "Your Sharpend account is deactivated. Ask an administrator to reactivate it.",
			"email_missing",
			"The single sign-on provider did not tell Sharpend your e-mail address, so Sharpend cannot tell who you are. "
					+ "Ask your administrator to release the email claim to Sharpend.",
			"email_unverified",
			"The single sign-on provider has not verified your e-mail address. Verify it there, then try again.",
			"account_not_created",
			"Sharpend could not create an account for you. Tell your administrator; the reason is in Sharpend's log.",
			"access_denied", "Single sign-on was cancelled at the provider.", "unavailable",
			"The single sign-on provider cannot be reached right now. Try again in a moment, or sign in with your password.",
			"off", "Single sign-on is not set up on this Sharpend.", "failed",
			"Single sign-on did not complete. Try again; if it keeps failing, tell your administrator (the reason is in Sharpend's log).");

	private final SingleSignOn singleSignOn;

	LoginController(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping
	@PublicRoute("people sign in here")
	String login(Authentication authentication, @RequestParam(required = false) String sso, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/home";
		}
		model.addAttribute("oidcEnabled", this.singleSignOn.enabled());
		model.addAttribute("oidcLabel", this.singleSignOn.label());
		if (sso != null) {
			model.addAttribute("ssoError", SSO_ERRORS.getOrDefault(sso, SSO_ERRORS.get("failed")));
		}
		return "identity/login";
	}

}
