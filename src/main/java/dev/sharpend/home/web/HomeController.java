package dev.sharpend.home.web;

import dev.sharpend.home.Attention;
import dev.sharpend.home.HomeView;
import dev.sharpend.system.Permission;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: what needs attention now. The page asks again for its attention
 * fragment every half minute, so a screen left open stays current.
 */
@Controller
class HomeController {

	private final Attention attention;

	HomeController(Attention attention) {
		this.attention = attention;
	}

	@GetMapping("/home")
	@SignedIn
	String home(Authentication caller, Model model) {
		model.addAttribute("home", read(caller));
		return "home/home";
	}

	@GetMapping("/home/attention")
	@SignedIn
	String attentionFragment(Authentication caller, Model model) {
		model.addAttribute("home", read(caller));
		return "home/home :: attention";
	}

	private HomeView read(Authentication caller) {
		return this.attention.now(caller.getName(), Permission.heldBy(caller));
	}

}
