package dev.sharpend.identity.web;

import java.util.Map;
import java.util.Objects;

import dev.sharpend.identity.Accounts;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An invited user sets their password through the one-time link an administrator handed
 * over.
 */
@Controller
@RequestMapping("/invitations/{token}")
@PublicRoute("invited people are not signed in yet; the one-time link is their credential")
class InvitationController {

	private final Accounts accounts;

	private final int minLength;

	InvitationController(Accounts accounts, @Value("${sharpend.identity.password-min-length:10}") int minLength) {
		this.accounts = accounts;
		this.minLength = minLength;
	}

	@GetMapping
	String form(@PathVariable String token, Model model) {
		return page(token, Map.of(), model);
	}

	@PostMapping
	String accept(@PathVariable String token, SetPasswordForm form, Model model) {
		try {
			if (!Objects.equals(form.password(), form.repeatPassword())) {
				throw RequestRejected.invalid("repeatPassword", "The two passwords are not the same.");
			}
			this.accounts.acceptInvitation(token, form.password());
			return "redirect:/login?passwordSet";
		}
		catch (RequestRejected ex) {
			return page(token, Forms.errors(ex), model);
		}
	}

	private String page(String token, Map<String, String> errors, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("valid", this.accounts.invitationValid(token));
		model.addAttribute("errors", errors);
		model.addAttribute("minLength", this.minLength);
		return "identity/invitation";
	}

	record SetPasswordForm(String password, String repeatPassword) {
	}

}
