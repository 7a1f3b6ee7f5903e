package dev.sharpend.identity.web;

import dev.sharpend.identity.SingleSignOn;
import dev.sharpend.system.PublicRoute;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final SingleSignOn singleSignOn;

	LoginController(SingleSignOn singleSignOn) {
		this.singleSignOn = singleSignOn;
	}

	@GetMapping("/login")
	@PublicRoute("people sign in here")
	String login(Authentication authentication, Model model) {
		if (authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("oidcEnabled", this.singleSignOn.enabled());
		return "identity/login";
	}

}
