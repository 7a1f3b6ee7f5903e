package dev.sharpend.identity.web;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.FirstRun;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** First-run setup through the one-time link Sharpend logs when it has no users. */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstRun firstRun;

	private final int minLength;

	SetupController(FirstRun firstRun, @Value("${sharpend.identity.password-min-length:10}") int minLength) {
		this.firstRun = firstRun;
		this.minLength = minLength;
	}

	@GetMapping
	@PublicRoute("the first administrator is created through the logged one-time link")
	String form(@RequestParam(required = false) String token, Model model) {
		return view(token, SetupForm.empty(), null, model);
	}

	@PostMapping
	@PublicRoute("the first administrator is created through the logged one-time link")
	String setup(@RequestParam(required = false) String token, SetupForm form, Model model) {
		if (!this.firstRun.setupOpen(token)) {
			return view(token, form, null, model);
		}
		try {
			this.firstRun.completeSetup(token,
					new Accounts.NewUser(form.email(), form.displayName(), form.password(), null));
			return "redirect:/login?setup";
		}
		catch (RequestRejected ex) {
			return view(token, form, ex.getMessage(), model);
		}
	}

	private String view(String token, SetupForm form, String error, Model model) {
		model.addAttribute("open", this.firstRun.setupOpen(token));
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		model.addAttribute("minLength", this.minLength);
		return "identity/setup";
	}

	record SetupForm(String email, String displayName, String password) {

		static SetupForm empty() {
			return new SetupForm(null, null, null);
		}

	}

}
