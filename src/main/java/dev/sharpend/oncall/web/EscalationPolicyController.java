package dev.sharpend.oncall.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.People;
import dev.sharpend.identity.Person;
import dev.sharpend.oncall.EscalationPolicies;
import dev.sharpend.oncall.EscalationPolicy;
import dev.sharpend.oncall.EscalationRoutes;
import dev.sharpend.oncall.PolicyId;
import dev.sharpend.oncall.RouteDraft;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.oncall.api.TeamId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.web.Rejections;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The escalation policy editor, with its preview in words, and the routes form of a
 * team's page. The editor's buttons add a step or refresh the preview without saving, so
 * the page works without scripts; with them, the preview follows every change.
 */
@Controller
@RequestMapping("/oncall")
class EscalationPolicyController {

	private final EscalationPolicies policies;

	private final EscalationRoutes routes;

	private final Teams teams;

	private final Schedules schedules;

	private final People people;

	EscalationPolicyController(EscalationPolicies policies, EscalationRoutes routes, Teams teams, Schedules schedules,
			People people) {
		this.policies = policies;
		this.routes = routes;
		this.teams = teams;
		this.schedules = schedules;
		this.people = people;
	}

	@GetMapping("/teams/{team}/escalation-policies/new")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView newPolicy(@PathVariable UUID team) {
		return editor(this.teams.require(new TeamId(team)), null, PolicyEditor.blank());
	}

	@PostMapping("/teams/{team}/escalation-policies")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView create(@PathVariable UUID team, @RequestParam(required = false) String action,
			HttpServletRequest request) {
		PolicyEditor form = PolicyEditor.submitted(request.getParameterMap());
		if (!saving(action)) {
			return unsaved(action, this.teams.require(new TeamId(team)), null, form);
		}
		EscalationPolicy policy = this.policies.create(form.draft(team.toString()));
		return new ModelAndView("redirect:/oncall/escalation-policies/" + policy.id() + "?saved=policy");
	}

	@GetMapping("/escalation-policies/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView policy(@PathVariable UUID id, @RequestParam(required = false) String saved) {
		EscalationPolicy policy = this.policies.require(new PolicyId(id));
		ModelAndView view = editor(this.teams.require(policy.team()), policy,
				PolicyEditor.of(policy, this::pickerValue));
		view.addObject("saved", saved);
		return view;
	}

	@PostMapping("/escalation-policies/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView update(@PathVariable UUID id, @RequestParam(required = false) String action,
			HttpServletRequest request) {
		EscalationPolicy current = this.policies.require(new PolicyId(id));
		PolicyEditor form = PolicyEditor.submitted(request.getParameterMap());
		if (!saving(action)) {
			return unsaved(action, this.teams.require(current.team()), current, form);
		}
		this.policies.update(current.id(), form.draft(null));
		return new ModelAndView("redirect:/oncall/escalation-policies/" + id + "?saved=policy");
	}

	@PostMapping("/escalation-policies/{id}/delete")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String delete(@PathVariable UUID id) {
		EscalationPolicy policy = this.policies.require(new PolicyId(id));
		this.policies.delete(policy.id());
		return "redirect:/oncall/teams/" + policy.team() + "#escalation-policies";
	}

	/** The editor's preview of what was entered so far, for the page to swap in. */
	@PostMapping("/escalation-policies/preview")
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView previewFragment(HttpServletRequest request) {
		ModelAndView view = new ModelAndView("oncall/escalation :: preview");
		addPreview(view, PolicyEditor.submitted(request.getParameterMap()));
		return view;
	}

	@PostMapping("/teams/{team}/routes")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String addRoute(@PathVariable UUID team, @RequestParam(required = false) String integration,
			@RequestParam(required = false) String matchers, @RequestParam(required = false) String policy,
			@RequestParam(required = false) String urgency, @RequestParam(required = false) String tried) {
		this.teams.require(new TeamId(team));
		this.routes.add(OnCallText.uuid("integration", integration), new RouteDraft(matchers, policy, urgency),
				"first".equals(tried));
		return "redirect:/oncall/teams/" + team + "?saved=route#routes";
	}

	@PostMapping("/teams/{team}/routes/remove")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String removeRoute(@PathVariable UUID team, @RequestParam(required = false) String integration,
			@RequestParam(required = false) Integer position) {
		this.routes.remove(OnCallText.uuid("integration", integration), (position != null) ? position : -1);
		return "redirect:/oncall/teams/" + team + "?saved=route#routes";
	}

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view = formPage(ex, request);
		view.addObject("error", ex.getMessage());
		view.addObject("errorField", ex.field());
		view.setStatus(Rejections.status(ex));
		return view;
	}

	/** The editor with what was entered, or a page with the message and a way back. */
	private ModelAndView formPage(RequestRejected ex, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		if (ex.reason() != RequestRejected.Reason.NOT_FOUND && "POST".equals(request.getMethod())
				&& !path.contains("/routes")) {
			try {
				PolicyEditor form = PolicyEditor.submitted(request.getParameterMap());
				if (path.startsWith("/oncall/teams/")) {
					return editor(this.teams.require(new TeamId(UUID.fromString(parts[3]))), null, form);
				}
				EscalationPolicy policy = this.policies.require(new PolicyId(UUID.fromString(parts[3])));
				return editor(this.teams.require(policy.team()), policy, form);
			}
			catch (RequestRejected | IllegalArgumentException gone) {
				// What the form belonged to is gone: no editor to show it in.
			}
		}
		ModelAndView view = new ModelAndView("system/rejected");
		view.addObject("currentPath", "/settings");
		view.addObject("status", Rejections.status(ex).value());
		view.addObject("message", ex.getMessage());
		boolean teamPage = path.startsWith("/oncall/teams/") && parts.length > 3;
		view.addObject("back", teamPage ? Map.of("href", "/oncall/teams/" + parts[3], "label", "Back to the team")
				: Map.of("href", "/oncall/teams", "label", "Back to the on-call teams"));
		return view;
	}

	// Enter in a field submits with the first button, which saves.
	private static boolean saving(@Nullable String action) {
		return action == null || "save".equals(action);
	}

	/** The editor again with a step more, or with the preview of what was entered. */
	private ModelAndView unsaved(String action, Team team, @Nullable EscalationPolicy policy, PolicyEditor form) {
		return editor(team, policy, "add-step".equals(action) ? form.withStep() : form);
	}

	private ModelAndView editor(Team team, @Nullable EscalationPolicy policy, PolicyEditor form) {
		ModelAndView view = new ModelAndView("oncall/policy");
		view.addObject("currentPath", "/settings");
		view.addObject("team", team);
		view.addObject("policy", policy);
		view.addObject("form", form);
		view.addObject("schedules", this.schedules.all());
		view.addObject("teamNames",
				this.teams.list().stream().collect(java.util.stream.Collectors.toMap((t) -> t.id(), Team::name)));
		view.addObject("teams", this.teams.list());
		view.addObject("pickable", this.people.pickable());
		addPreview(view, form);
		return view;
	}

	private void addPreview(ModelAndView view, PolicyEditor form) {
		try {
			view.addObject("preview", this.policies.preview(form.draft(null)));
		}
		catch (RequestRejected ex) {
			view.addObject("previewProblem", ex.getMessage());
		}
	}

	private String pickerValue(UUID user) {
		Person person = this.people.shown(user, user.toString());
		return (person.email() != null) ? person.name() + " <" + person.email() + ">" : user.toString();
	}

}
