package dev.sharpend.alert.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.AlertBoard;
import dev.sharpend.alert.Silence;
import dev.sharpend.alert.Silences;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Silences: active and expired ones, a new one (optionally started from an alert),
 * expiring one.
 */
@Controller
@RequestMapping("/alerts/silences")
class SilencesController {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Silences silences;

	private final AlertBoard board;

	private final Clock clock;

	SilencesController(Silences silences, AlertBoard board, Clock clock) {
		this.silences = silences;
		this.board = board;
		this.clock = clock;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	String list(@RequestParam(required = false) String matchers, Model model) {
		Instant now = this.clock.instant();
		List<Silence> all = this.silences.all();
		model.addAttribute("active", all.stream().filter((s) -> s.endsAt().isAfter(now)).toList());
		model.addAttribute("expired", all.stream().filter((s) -> !s.endsAt().isAfter(now)).limit(50).toList());
		model.addAttribute("held", this.board.suppressedCounts());
		if (!model.containsAttribute("form")) {
			Instant end = now.plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.MINUTES);
			model.addAttribute("form", new SilenceForm(matchers, LOCAL.format(end), null));
			model.addAttribute("errors", FieldErrors.NONE);
		}
		model.addAttribute("opened", matchers != null);
		return "alert/silences";
	}

	@PostMapping
	@RequiresPermission(Permission.ALERT_WRITE)
	String create(SilenceForm form, Authentication authentication, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Silence silence;
		try {
			silence = this.silences.create(MatcherSyntax.parse(form.matchers()), null, form.end(), form.comment(),
					authentication.getName());
		}
		catch (RequestRejected ex) {
			response.setStatus(Rejections.status(ex).value());
			model.addAttribute("form", form);
			model.addAttribute("errors", FieldErrors.of(ex));
			return list(null, model);
		}
		redirect.addFlashAttribute("notice", "Silence #" + silence.id() + " holds back matching alerts until "
				+ LOCAL.format(silence.endsAt()).replace('T', ' ') + " UTC.");
		return "redirect:/alerts/silences";
	}

	@PostMapping("/{id}/expire")
	@RequiresPermission(Permission.ALERT_WRITE)
	String expire(@PathVariable String id, RedirectAttributes redirect) {
		long silenceId;
		try {
			silenceId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no silence " + id + ".");
		}
		this.silences.expire(silenceId);
		redirect.addFlashAttribute("notice",
				"Silence #" + silenceId + " has expired; alerts that match it page people again.");
		return "redirect:/alerts/silences";
	}

}
