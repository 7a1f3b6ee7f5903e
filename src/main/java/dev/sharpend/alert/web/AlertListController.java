package dev.sharpend.alert.web;

import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.alert.Alert;
import dev.sharpend.alert.AlertBoard;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every alert, by state: firing, suppressed (and why) or resolved, as a dense table.
 */
@Controller
@RequestMapping("/alerts/all")
class AlertListController {

	/** One row per alert: a page of a hundred still reads in a few screens. */
	static final int PAGE_SIZE = 100;

	private final AlertBoard board;

	private final Integrations integrations;

	AlertListController(AlertBoard board, Integrations integrations) {
		this.board = board;
		this.integrations = integrations;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String integration,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AlertBoard.AlertQuery query = new AlertBoard.AlertQuery(AlertFilters.view(status),
				AlertFilters.integration(integration));
		PageWindow window = PageWindow.of(page, PAGE_SIZE, PAGE_SIZE);
		PageOf<Alert> alerts = PageOf.of(this.board.alerts(query, window.offset(), window.size()), window,
				this.board.countAlerts(query));
		model.addAttribute("alerts", alerts.items());
		model.addAttribute("paging", alerts);
		model.addAttribute("status", status);
		model.addAttribute("integration", integration);
		model.addAttribute("integrations",
				this.integrations.all().stream().collect(Collectors.toMap(Integration::id, Function.identity())));
		return "alert/alerts";
	}

}
