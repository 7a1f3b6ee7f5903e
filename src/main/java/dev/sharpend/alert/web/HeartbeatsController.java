package dev.sharpend.alert.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.Heartbeat;
import dev.sharpend.alert.Heartbeats;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.IntegrationType;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Heartbeats: each with its expected interval, last signal and state; a new one (its ping
 * URL shown once, with how to feed it), and deleting one.
 */
@Controller
@RequestMapping("/alerts/heartbeats")
class HeartbeatsController {

	private final Heartbeats heartbeats;

	private final Integrations integrations;

	HeartbeatsController(Heartbeats heartbeats, Integrations integrations) {
		this.heartbeats = heartbeats;
		this.integrations = integrations;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	String list(Model model) {
		List<Integration> all = this.integrations.all();
		model.addAttribute("heartbeats", this.heartbeats.all());
		model.addAttribute("watchable",
				all.stream()
					.filter(Integration::enabled)
					.filter((i) -> i.type() == IntegrationType.ALERTMANAGER || i.type() == IntegrationType.GRAFANA)
					.toList());
		model.addAttribute("integrationNames",
				all.stream().collect(java.util.stream.Collectors.toMap(Integration::id, Integration::name)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", HeartbeatForm.empty());
			model.addAttribute("errors", FieldErrors.NONE);
		}
		return "alert/heartbeats";
	}

	@PostMapping
	@RequiresPermission(Permission.ALERT_WRITE)
	String create(HeartbeatForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Heartbeats.CreatedHeartbeat created;
		try {
			created = this.heartbeats.create(form.draft());
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			model.addAttribute("form", form);
			model.addAttribute("errors", FieldErrors.of(ex));
			return list(model);
		}
		redirect.addFlashAttribute("created",
				new NewHeartbeat(created.heartbeat(), HeartbeatApiController.pingUrl(request, created.key())));
		return "redirect:/alerts/heartbeats";
	}

	@PostMapping("/{id}/delete")
	@RequiresPermission(Permission.ALERT_WRITE)
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		Heartbeat heartbeat = this.heartbeats.find(AlertFilters.integrationPath(id));
		this.heartbeats.delete(heartbeat.id());
		redirect.addFlashAttribute("notice",
				heartbeat.name() + " is deleted; its ping URL is refused from now on and it no longer pages.");
		return "redirect:/alerts/heartbeats";
	}

	/**
	 * A just-created heartbeat, shown once.
	 *
	 * @param heartbeat the heartbeat
	 * @param pingUrl its ping URL, with the key
	 */
	record NewHeartbeat(Heartbeat heartbeat, String pingUrl) {
	}

}
