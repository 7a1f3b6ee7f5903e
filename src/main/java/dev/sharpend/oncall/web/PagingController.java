package dev.sharpend.oncall.web;

import java.time.Clock;

import dev.sharpend.oncall.PagingHistory;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.RequestRejected;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/** Who a group paged, for the panel on the alert group's page. */
@Controller
class PagingController {

	private final PagingHistory history;

	private final Clock clock;

	PagingController(PagingHistory history, Clock clock) {
		this.history = history;
		this.clock = clock;
	}

	@GetMapping("/oncall/alert-groups/{id}/paging")
	@RequiresPermission(Permission.ALERT_READ)
	String pagingFragment(@PathVariable String id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		PagingHistory.GroupPaging paging = this.history.ofGroup(parse(id));
		model.addAttribute("paging", paging);
		model.addAttribute("lines",
				paging.pages().stream().map((p) -> PagingText.line(p, paging.group(), this.clock)).toList());
		model.addAttribute("next",
				(paging.nextAt() != null) ? PagingText.ago(paging.nextAt(), this.clock.instant()) : null);
		// without JavaScript the panel's link opens it as a page of its own
		return (htmx != null) ? "oncall/paging :: panel" : "oncall/paging";
	}

	static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no alert group " + id + ".");
		}
	}

}
