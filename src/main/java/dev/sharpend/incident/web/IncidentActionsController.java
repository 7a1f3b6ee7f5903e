package dev.sharpend.incident.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import dev.sharpend.identity.UserBacked;

import dev.sharpend.incident.IncidentChanges;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.incident.IncidentTeam;
import dev.sharpend.incident.Publication;
import dev.sharpend.incident.StatusPublishing;
import dev.sharpend.incident.timeline.EntryDraft;
import dev.sharpend.incident.timeline.Hypotheses;
import dev.sharpend.incident.timeline.Timeline;
import dev.sharpend.incident.timeline.TimelineOrder;
import dev.sharpend.incident.timeline.TimelineOrders;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.http.HttpStatus;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forms on the incident page. Each makes one change and returns to the page; a
 * refusal is shown there, and nothing was changed.
 */
@Controller
@RequestMapping(IncidentController.BASE + "/{number}")
class IncidentActionsController {

	private final IncidentResponse response;

	private final IncidentTeam team;

	private final Timeline timeline;

	private final Hypotheses hypotheses;

	private final StatusPublishing publishing;

	private final TimelineOrders orders;

	IncidentActionsController(IncidentResponse response, IncidentTeam team, Timeline timeline, Hypotheses hypotheses,
			StatusPublishing publishing, TimelineOrders orders) {
		this.response = response;
		this.team = team;
		this.timeline = timeline;
		this.hypotheses = hypotheses;
		this.publishing = publishing;
		this.orders = orders;
	}

	@PostMapping("/changes")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String change(@PathVariable String number, @RequestParam(required = false) String status,
			@RequestParam(required = false) String severity, @RequestParam(required = false) String title,
			@RequestParam(required = false) String summary, Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#top", () -> this.response.change(n,
				new IncidentChanges(title, summary, severity, status, null), caller.getName()));
	}

	/**
	 * The header's severity select, saved by htmx as soon as it changes: no content, and
	 * the page's live poller is told to fetch the change at once. A refusal comes back as
	 * the message to show above the header.
	 */
	@PostMapping(path = "/changes", headers = "HX-Request=true")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String changeFragment(@PathVariable String number, @RequestParam(required = false) String status,
			@RequestParam(required = false) String severity, Authentication caller, Model model,
			HttpServletResponse servletResponse) {
		long n = IncidentNumbers.parse(number);
		try {
			this.response.change(n, new IncidentChanges(null, null, severity, status, null), caller.getName());
		}
		catch (RequestRejected ex) {
			if (ex.reason() == RequestRejected.Reason.NOT_FOUND) {
				throw ex;
			}
			model.addAttribute("error", ex.getMessage());
			return "incident/parts :: headError";
		}
		servletResponse.setHeader("HX-Trigger", "incident-changed");
		servletResponse.setStatus(HttpStatus.NO_CONTENT.value());
		return null;
	}

	/** Remembers which way the caller reads timelines, and shows this one that way. */
	@PostMapping("/timeline-order")
	@RequiresPermission(Permission.INCIDENT_READ)
	String timelineOrder(@PathVariable String number, @RequestParam(required = false) String order,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String author,
			Authentication caller) {
		long n = IncidentNumbers.parse(number);
		if (!(caller.getPrincipal() instanceof UserBacked user)) {
			throw RequestRejected.invalid("order", "Only a person signed in keeps a timeline order.");
		}
		this.orders.choose(user.userId(), WireCode.parse(TimelineOrder.class, order, "order"));
		return "redirect:" + UriComponentsBuilder.fromPath(IncidentController.BASE + "/" + n)
			.queryParamIfPresent("kind", Optional.ofNullable(kind).filter((k) -> !k.isBlank()))
			.queryParamIfPresent("author", Optional.ofNullable(author).filter((a) -> !a.isBlank()))
			.fragment("timeline-title")
			.encode()
			.build()
			.toUriString();
	}

	@PostMapping("/components")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String components(@PathVariable String number, @RequestParam(required = false) List<String> component,
			Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#components", () -> this.response.change(n,
				IncidentChanges.components((component != null) ? component : List.of()), caller.getName()));
	}

	@PostMapping("/roles")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String role(@PathVariable String number, @RequestParam(required = false) String role,
			@RequestParam(required = false) String holder, Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#roles", () -> this.team.assign(n, role, holder, caller.getName()));
	}

	@PostMapping("/timeline")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String entry(@PathVariable String number, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String body, @RequestParam(required = false) String occurredAt,
			Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#add-entry",
				() -> this.timeline.write(n, new EntryDraft(kind, body, utc(occurredAt)), caller.getName()));
	}

	@PostMapping("/timeline/{entry}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String editEntry(@PathVariable String number, @PathVariable String entry,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String body,
			@RequestParam(required = false) String occurredAt, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		long id = IncidentNumbers.id(entry, "timeline entry");
		return act(n, redirect, "#entry-" + id,
				() -> this.timeline.edit(n, id, new EntryDraft(kind, body, utc(occurredAt))));
	}

	@PostMapping("/timeline/{entry}/remove")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String removeEntry(@PathVariable String number, @PathVariable String entry, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#timeline-list",
				() -> this.timeline.remove(n, IncidentNumbers.id(entry, "timeline entry")));
	}

	@PostMapping("/hypotheses")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String hypothesis(@PathVariable String number, @RequestParam(required = false) String statement,
			Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#hypotheses", () -> this.hypotheses.record(n, statement, List.of(), caller.getName()));
	}

	@PostMapping("/hypotheses/{hypothesis}")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String hypothesisStatus(@PathVariable String number, @PathVariable String hypothesis,
			@RequestParam(required = false) String status, Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		long id = IncidentNumbers.id(hypothesis, "hypothesis");
		return act(n, redirect, "#hypotheses", () -> this.hypotheses.change(n, id, status, null, caller.getName()));
	}

	@PostMapping("/alert-groups")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String attach(@PathVariable String number, @RequestParam(required = false) List<Long> group, Authentication caller,
			RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		return act(n, redirect, "#alert-groups",
				() -> this.response.attach(n, (group != null) ? group : List.of(), caller.getName()));
	}

	@PostMapping("/status-incidents")
	@RequiresPermission(Permission.INCIDENT_WRITE)
	String publish(@PathVariable String number, @RequestParam(required = false) List<String> page,
			@RequestParam(required = false) String title, @RequestParam(required = false) String status,
			@RequestParam(required = false) String body, @RequestParam Map<String, String> fields,
			Authentication caller, RedirectAttributes redirect) {
		long n = IncidentNumbers.parse(number);
		Map<String, String> statuses = new LinkedHashMap<>();
		fields.forEach((key, value) -> {
			if (key.startsWith("component.") && value != null && !value.isBlank()) {
				statuses.put(key.substring("component.".length()), value);
			}
		});
		return act(n, redirect, "#publish", () -> this.publishing.publish(n,
				new Publication((page != null) ? page : List.of(), title, status, body, statuses), caller.getName()));
	}

	private static String act(long number, RedirectAttributes redirect, String anchor, Runnable change) {
		try {
			change.run();
		}
		catch (RequestRejected ex) {
			if (ex.reason() == RequestRejected.Reason.NOT_FOUND) {
				throw ex;
			}
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("errorAt", anchor.substring(1));
		}
		return "redirect:" + IncidentController.BASE + "/" + number + anchor;
	}

	/** A {@code datetime-local} value, read as UTC; blank means now. */
	private static java.time.Instant utc(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
		}
		catch (DateTimeParseException ex) {
			throw RequestRejected.invalid("occurredAt", "Give the time as a date and time.");
		}
	}

}
