package dev.sharpend.system.web;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sections of the product that later work will fill in; they stay out of the main
 * navigation until they exist.
 */
@Controller
class NotBuiltController {

	@GetMapping("/providers")
	@RequiresPermission(Permission.PROVIDER_READ)
	String providers(Model model) {
		return notBuilt(model, "Providers",
				"The third parties your systems depend on, their status and their part in your incidents.");
	}

	private static String notBuilt(Model model, String area, String purpose) {
		model.addAttribute("area", area);
		model.addAttribute("purpose", purpose);
		return "system/not-built";
	}

}
