package dev.sharpend.alert.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.alert.ActionTaken;
import dev.sharpend.alert.AlertBoard;
import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupActions;
import dev.sharpend.alert.AlertGroupNotes;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.alert.Integration;
import dev.sharpend.alert.Integrations;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Alert groups, what people respond to: the list (open ones first), one group with its
 * alerts, and acknowledging or resolving in place (htmx swaps the row or the heading;
 * without JavaScript the form posts and redirects back).
 */
@Controller
@RequestMapping("/alerts")
class AlertGroupsController {

	private final AlertBoard board;

	private final AlertGroups groups;

	private final Integrations integrations;

	private final AlertGroupActions actions;

	private final AlertGroupNotes notes;

	AlertGroupsController(AlertBoard board, AlertGroups groups, Integrations integrations, AlertGroupActions actions,
			AlertGroupNotes notes) {
		this.notes = notes;
		this.board = board;
		this.groups = groups;
		this.integrations = integrations;
		this.actions = actions;
	}

	@GetMapping
	@RequiresPermission(Permission.ALERT_READ)
	String list(@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String integration,
			@RequestParam(defaultValue = "0") int page, Model model) {
		AlertBoard.GroupQuery query = new AlertBoard.GroupQuery("open".equals(status), groupStatus(status),
				AlertFilters.integration(integration));
		PageWindow window = PageWindow.of(page, AlertFilters.PAGE_SIZE, AlertFilters.PAGE_SIZE);
		PageOf<AlertBoard.GroupRow> rows = PageOf.of(this.board.groups(query, window.offset(), window.size()), window,
				this.board.countGroups(query));
		model.addAttribute("rows", rows.items());
		model.addAttribute("paging", rows);
		model.addAttribute("status", status);
		model.addAttribute("integration", integration);
		model.addAttribute("integrations", integrationsById());
		model.addAttribute("openCount", this.board.countGroups(new AlertBoard.GroupQuery(true, null, null)));
		return "alert/groups";
	}

	@GetMapping("/groups/{id}")
	@RequiresPermission(Permission.ALERT_READ)
	String detail(@PathVariable String id, Model model) {
		long groupId = parse(id);
		AlertBoard.GroupRow row = require(groupId);
		model.addAttribute("row", row);
		model.addAttribute("alerts", this.board.alertsOf(groupId));
		model.addAttribute("integrations", integrationsById());
		actionTaken(row.group(), model);
		model.addAttribute("notes", this.notes.of(groupId));
		model.addAttribute("noteMax", AlertGroupNotes.MAX_LENGTH);
		return "alert/group";
	}

	/** Adds a note to the group and goes back to it. */
	@PostMapping("/groups/{id}/notes")
	@RequiresPermission(Permission.ALERT_WRITE)
	String addNote(@PathVariable String id, @RequestParam(required = false) String body, Authentication authentication,
			RedirectAttributes redirect) {
		long groupId = parse(id);
		try {
			this.notes.add(groupId, body, authentication.getName());
			redirect.addFlashAttribute("notice", "Note added.");
		}
		catch (RequestRejected refused) {
			if (refused.reason() != RequestRejected.Reason.INVALID) {
				throw refused;
			}
			redirect.addFlashAttribute("noteError", refused.getMessage());
			redirect.addFlashAttribute("noteText", body);
		}
		return "redirect:/alerts/groups/" + groupId + "#notes";
	}

	/**
	 * "Was action taken?" answered in one click on a resolved group; htmx swaps the
	 * answers, a plain form redirects back to the group.
	 */
	@PostMapping("/groups/{id}/action-taken")
	@RequiresPermission(Permission.ALERT_WRITE)
	String actionTaken(@PathVariable String id, @RequestParam(required = false) String answer,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		long groupId = parse(id);
		ActionTaken chosen = WireCode.parse(ActionTaken.class, answer, "answer");
		this.actions.answer(groupId, chosen, authentication.getName());
		if (htmx == null) {
			redirect.addFlashAttribute("notice", "Answer saved: " + chosen.label() + ".");
			return "redirect:/alerts/groups/" + groupId;
		}
		AlertGroup group = require(groupId).group();
		model.addAttribute("row", require(groupId));
		model.addAttribute("answerSaved", "Answer saved: " + chosen.label() + ".");
		actionTaken(group, model);
		return "alert/group :: actionTaken";
	}

	private void actionTaken(AlertGroup group, Model model) {
		model.addAttribute("answers", ActionTaken.values());
		model.addAttribute("answer", this.actions.answerOf(group.id()).orElse(null));
		model.addAttribute("suggestion", this.actions.suggestion(group).orElse(null));
	}

	@PostMapping("/groups/{id}/acknowledge")
	@RequiresPermission(Permission.ALERT_WRITE)
	String acknowledge(@PathVariable String id, @RequestParam(defaultValue = "list") String from,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		return change(new Change(parse(id), from, htmx != null, "acknowledged"), model, redirect,
				(groupId) -> this.groups.acknowledge(groupId, authentication.getName()).rule());
	}

	@PostMapping("/groups/{id}/resolve")
	@RequiresPermission(Permission.ALERT_WRITE)
	String resolve(@PathVariable String id, @RequestParam(defaultValue = "list") String from,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Authentication authentication,
			Model model, RedirectAttributes redirect) {
		return change(new Change(parse(id), from, htmx != null, "resolved"), model, redirect,
				(groupId) -> this.groups.resolve(groupId, authentication.getName()).rule());
	}

	/**
	 * Applies a change; htmx gets the changed row or heading, a plain form a redirect.
	 */
	private String change(Change change, Model model, RedirectAttributes redirect, Function<Long, String> apply) {
		String message;
		try {
			message = apply.apply(change.groupId()) + " is " + change.done() + ".";
		}
		catch (RequestRejected ex) {
			if (!change.htmx()) {
				throw ex;
			}
			message = ex.getMessage();
			model.addAttribute("rowError", message);
		}
		if (change.htmx()) {
			AlertBoard.GroupRow row = require(change.groupId());
			model.addAttribute("row", row);
			model.addAttribute("integrations", integrationsById());
			model.addAttribute("changed", message);
			if (change.fromDetail()) {
				actionTaken(row.group(), model);
			}
			return change.fromDetail() ? "alert/group :: head" : "alert/parts :: groupRow";
		}
		redirect.addFlashAttribute("notice", message);
		return change.fromDetail() ? "redirect:/alerts/groups/" + change.groupId() : "redirect:/alerts";
	}

	private AlertBoard.GroupRow require(long id) {
		return this.board.group(id).orElseThrow(() -> RequestRejected.notFound("There is no alert group " + id + "."));
	}

	private Map<UUID, Integration> integrationsById() {
		return this.integrations.all().stream().collect(Collectors.toMap(Integration::id, Function.identity()));
	}

	private static AlertGroupStatus groupStatus(String status) {
		if (status.isEmpty() || "open".equals(status)) {
			return null;
		}
		return WireCode.find(AlertGroupStatus.class, status)
			.orElseThrow(() -> RequestRejected.invalid("status",
					"Show open, triggered, acknowledged or resolved groups, or all of them."));
	}

	static long parse(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.notFound("There is no alert group " + id + ".");
		}
	}

	/**
	 * An acknowledgement or resolution as asked.
	 *
	 * @param groupId the group
	 * @param from the page it was asked from ({@code list} or {@code detail})
	 * @param htmx whether htmx asked (and swaps in the answer)
	 * @param done the past participle for the notice
	 */
	record Change(long groupId, String from, boolean htmx, String done) {

		boolean fromDetail() {
			return "detail".equals(this.from);
		}

	}

}
