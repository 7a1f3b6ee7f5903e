package dev.sharpend.incident.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.incident.Declaration;
import dev.sharpend.incident.Incident;
import dev.sharpend.incident.IncidentFilter;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.IncidentStatus;
import dev.sharpend.incident.IncidentWatchers;
import dev.sharpend.incident.Severities;
import dev.sharpend.incident.timeline.TimelineFilter;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident response pages: the list with the declare form, and the incident page,
 * whose live parts every watcher's browser polls for (a cheap version check answers 204
 * while nothing changed).
 */
@Controller
@RequestMapping(IncidentController.BASE)
class IncidentController {

	static final String BASE = "/response/incidents";

	private final IncidentResponse response;

	private final Severities severities;

	private final IncidentPage page;

	private final AlertGroups alertGroups;

	private final SimilarPanel similar;

	private final IncidentWatchers watchers;

	IncidentController(IncidentResponse response, Severities severities, IncidentPage page, AlertGroups alertGroups,
			SimilarPanel similar, IncidentWatchers watchers) {
		this.watchers = watchers;
		this.response = response;
		this.severities = severities;
		this.page = page;
		this.alertGroups = alertGroups;
		this.similar = similar;
	}

	@GetMapping
	@RequiresPermission(Permission.INCIDENT_READ)
	String list(@RequestParam(defaultValue = "open") String show, Model model) {
		Set<IncidentStatus> statuses = "all".equals(show) ? Set.of()
				: EnumSet.of(IncidentStatus.INVESTIGATING, IncidentStatus.MITIGATED);
		model.addAttribute("show", "all".equals(show) ? "all" : "open");
		List<Incident> incidents = this.response.find(new IncidentFilter(statuses, null, 0, 200));
		model.addAttribute("incidents", incidents);
		model.addAttribute("commanders", this.page.commanders(incidents));
		model.addAttribute("severities", this.severities.all());
		model.addAttribute("openGroups", this.page.openGroups());
		return "incident/list";
	}

	@PostMapping
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String declare(DeclareForm form, Authentication caller, RedirectAttributes redirect) {
		try {
			if (form.severity() == null || form.severity().isBlank()) {
				// By hand there are no alerts to suggest one, and a silent default hides
				// how bad it is.
				throw RequestRejected.invalid("severity", "Choose a severity.");
			}
			Incident incident = this.response.declare(new Declaration(form.title(), form.summary(), form.severity(),
					null, (form.alertGroups() != null) ? form.alertGroups() : List.of()), caller.getName());
			return "redirect:" + BASE + "/" + incident.number();
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("form", form);
			return "redirect:" + BASE + "#declare";
		}
	}

	/**
	 * The declare form for one alert group, prefilled from its rule and its alerts'
	 * severity labels; a group that an open incident handles offers that incident
	 * instead.
	 */
	@GetMapping("/declare")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String declareForm(@RequestParam(required = false) String group, Model model) {
		if (group == null) {
			// Without a group there is nothing to prefill: the incident list holds the
			// plain declare form.
			return "forward:/response/incidents";
		}
		AlertGroup alertGroup = requireGroup(group);
		model.addAttribute("group", alertGroup);
		model.addAttribute("brief", this.alertGroups.brief(alertGroup.id()));
		if (!alertGroup.handled()) {
			model.addAttribute("draft", this.response.draftFrom(List.of(alertGroup.id())));
			model.addAttribute("severities", this.severities.all());
		}
		return "incident/declare";
	}

	/**
	 * Declares an incident from one alert group with the declare form's title, severity
	 * and summary (blank ones are taken from the group); when an open incident handles
	 * the group already, that incident opens instead.
	 */
	@PostMapping("/from-group/{groupId}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String declareFromGroup(@PathVariable String groupId, DeclareForm form, Authentication caller,
			RedirectAttributes redirect) {
		AlertGroup group = requireGroup(groupId);
		if (group.handled()) {
			redirect.addFlashAttribute("error", "Alert group #" + group.id() + " is already handled by INC-"
					+ group.incident() + "; no second incident was declared.");
			return "redirect:" + BASE + "/" + group.incident();
		}
		try {
			Incident incident = this.response.declare(
					new Declaration(form.title(), form.summary(), form.severity(), null, List.of(group.id())),
					caller.getName());
			return "redirect:" + BASE + "/" + incident.number();
		}
		catch (RequestRejected ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:" + BASE + "/declare?group=" + group.id();
		}
	}

	private AlertGroup requireGroup(String id) {
		return this.alertGroups.find(IncidentNumbers.id(id, "alert group"))
			.orElseThrow(() -> RequestRejected.notFound("There is no alert group " + id + "."));
	}

	@GetMapping("/{number}")
	@RequiresPermission(Permission.INCIDENT_READ)
	String incident(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String author, Model model, Authentication caller) {
		Incident incident = this.response.require(IncidentNumbers.parse(number));
		this.page.full(model, incident, filter(kind, author), blankToNull(kind), this.page.order(caller));
		model.addAttribute("me", caller.getName());
		this.similar.addTo(model, incident, caller);
		return "incident/page";
	}

	/**
	 * The live parts of the incident page, swapped in out of band; 204 while the
	 * incident's version is still {@code since}.
	 */
	@GetMapping("/{number}/live")
	@RequiresPermission(Permission.INCIDENT_READ)
	String liveFragment(@PathVariable String number, @RequestParam(defaultValue = "-1") long since,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String author, Model model,
			Authentication caller, HttpServletResponse servletResponse) {
		long n = IncidentNumbers.parse(number);
		Long version = this.response.version(n);
		if (version == null) {
			throw RequestRejected.notFound("There is no incident INC-" + n + ".");
		}
		if (version == since) {
			// Null with the response in hand: answered, nothing rendered.
			servletResponse.setStatus(HttpStatus.NO_CONTENT.value());
			return null;
		}
		this.page.live(model, this.response.require(n), filter(kind, author), this.page.order(caller));
		model.addAttribute("me", caller.getName());
		model.addAttribute("kindFilter", blankToNull(kind));
		model.addAttribute("authorFilter", blankToNull(author));
		return "incident/live";
	}

	/**
	 * Held open until the incident changes past {@code since} (200, the page's cue to
	 * fetch its live parts) or for {@code sharpend.incident.live-wait} (204), so a page
	 * hears of a change made on any node within a fraction of a second.
	 */
	@GetMapping("/{number}/live/wait")
	@RequiresPermission(Permission.INCIDENT_READ)
	DeferredResult<ResponseEntity<Void>> waitForChange(@PathVariable String number, @RequestParam long since) {
		long n = IncidentNumbers.parse(number);
		if (this.response.version(n) == null) {
			throw RequestRejected.notFound("There is no incident INC-" + n + ".");
		}
		return this.watchers.waitForChange(n, since, this.response::version);
	}

	private static TimelineFilter filter(String kind, String author) {
		return new TimelineFilter(TimelineApiController.kinds(kind), blankToNull(author));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	record DeclareForm(String title, String summary, String severity, List<Long> alertGroups) {
	}

}
