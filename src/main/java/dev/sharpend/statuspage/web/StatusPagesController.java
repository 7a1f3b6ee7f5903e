package dev.sharpend.statuspage.web;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.statuspage.PageSettings;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in list of status pages, where the editor starts. */
@Controller
@RequestMapping("/status-pages")
class StatusPagesController {

	private final StatusPages pages;

	private final StatusSnapshots snapshots;

	StatusPagesController(StatusPages pages, StatusSnapshots snapshots) {
		this.pages = pages;
		this.snapshots = snapshots;
	}

	@GetMapping
	@RequiresPermission(Permission.STATUSPAGE_READ)
	String list(Model model) {
		model.addAttribute("pages",
				this.pages.all()
					.stream()
					.map((page) -> new Row(page, this.snapshots.byId(page.id()).map((s) -> s.view().url()).orElse(null),
							this.snapshots.byId(page.id()).map((s) -> s.view().overall().description()).orElse("")))
					.toList());
		if (!model.containsAttribute("newPage")) {
			model.addAttribute("newPage", new NewPageForm(null, null));
			model.addAttribute("errors", FormErrors.NONE);
		}
		return "statuspage/list";
	}

	@PostMapping
	@RequiresPermission(Permission.STATUSPAGE_WRITE)
	String create(NewPageForm form, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			StatusPage page = this.pages.create(new PageSettings(form.name(),
					(form.slug() != null && !form.slug().isBlank()) ? form.slug().strip() : null, null, null, null,
					null, null, null, null, null));
			redirect.addFlashAttribute("notice", "The page " + page.name() + " is created. Add its components next.");
			return "redirect:/status-pages/" + page.id().value();
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			model.addAttribute("newPage", form);
			model.addAttribute("errors", FormErrors.of("page-new", ex));
			return list(model);
		}
	}

	record Row(StatusPage page, String url, String overall) {
	}

	record NewPageForm(String name, String slug) {
	}

}
