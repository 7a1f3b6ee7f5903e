package dev.sharpend.statuspage.web;

import dev.sharpend.statuspage.StatusPages;
import dev.sharpend.statuspage.StatusSnapshots;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The signed-in list of status pages. */
@Controller
class StatusPagesController {

	private final StatusPages pages;

	private final StatusSnapshots snapshots;

	StatusPagesController(StatusPages pages, StatusSnapshots snapshots) {
		this.pages = pages;
		this.snapshots = snapshots;
	}

	@GetMapping("/status-pages")
	@RequiresPermission(Permission.STATUSPAGE_READ)
	String list(Model model) {
		model.addAttribute("pages",
				this.pages.all()
					.stream()
					.map((page) -> new Row(page, this.snapshots.byId(page.id()).map((s) -> s.view().url()).orElse(null),
							this.snapshots.byId(page.id()).map((s) -> s.view().overall().description()).orElse("")))
					.toList());
		return "statuspage/list";
	}

	record Row(dev.sharpend.statuspage.StatusPage page, String url, String overall) {
	}

}
