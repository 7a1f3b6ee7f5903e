package dev.sharpend.oncall.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.CalendarFeed;
import dev.sharpend.oncall.CalendarFeeds;
import dev.sharpend.oncall.FinalSchedule;
import dev.sharpend.oncall.Rotation;
import dev.sharpend.oncall.RotationId;
import dev.sharpend.oncall.Rotations;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.oncall.api.ScheduleId;
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
 * The on-call pages: teams, a team's schedules, and a schedule with its two-week
 * timeline, layers and overrides. A refused form comes back on its page with the message
 * and what was entered.
 */
@Controller
@RequestMapping("/oncall")
class OnCallController {

	static final Duration SHOWN = Duration.ofDays(14);

	private final Teams teams;

	private final Schedules schedules;

	private final Rotations rotations;

	private final CalendarFeeds feeds;

	private final Accounts accounts;

	private final EscalationSection escalation;

	private final TeamRoles roles;

	private final Clock clock;

	OnCallController(Teams teams, Schedules schedules, Rotations rotations, CalendarFeeds feeds, Accounts accounts,
			EscalationSection escalation, TeamRoles roles, Clock clock) {
		this.roles = roles;
		this.teams = teams;
		this.schedules = schedules;
		this.rotations = rotations;
		this.feeds = feeds;
		this.accounts = accounts;
		this.escalation = escalation;
		this.clock = clock;
	}

	@GetMapping("/teams")
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView teams() {
		ModelAndView view = new ModelAndView("oncall/teams");
		view.addObject("currentPath", "/settings");
		view.addObject("teams", this.teams.list());
		view.addObject("users", activeUsers());
		view.addObject("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		view.addObject("newZone", "UTC");
		return view;
	}

	@PostMapping("/teams")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String createTeam(@RequestParam(required = false) String name, @RequestParam(required = false) String timeZone,
			@RequestParam(required = false) List<String> members) {
		Team team = this.teams.create(name, timeZone, OnCallText.users("members", members));
		return "redirect:/oncall/teams/" + team.id();
	}

	@GetMapping("/teams/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView team(@PathVariable UUID id, @RequestParam(required = false) String saved) {
		Team team = this.teams.require(new TeamId(id));
		Instant now = this.clock.instant();
		Map<UserId, String> names = OnCallText.names(this.accounts);
		ModelAndView view = new ModelAndView("oncall/team");
		view.addObject("currentPath", "/settings");
		view.addObject("team", team);
		view.addObject("members", team.members().stream().map((m) -> names.getOrDefault(m, m.toString())).toList());
		view.addObject("onCall",
				this.schedules.onCall(team.id(), now)
					.stream()
					.map((o) -> Map.of("schedule", o.schedule().toString(), "name", o.scheduleName(), "explanation",
							OnCallText.explain(o, (u) -> names.getOrDefault(u, u.toString()), team.zone(), now)))
					.toList());
		this.escalation.addTo(view, team);
		this.roles.addTo(view, team);
		view.addObject("saved", saved);
		return view;
	}

	@PostMapping("/teams/{id}/schedules")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String createSchedule(@PathVariable UUID id, @RequestParam(required = false) String name) {
		Schedule schedule = this.schedules.create(new TeamId(id), name);
		return "redirect:/oncall/schedules/" + schedule.id();
	}

	@GetMapping("/schedules/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView schedule(@PathVariable UUID id, @RequestParam(required = false) String saved) {
		ModelAndView view = schedulePage(new ScheduleId(id), null, null);
		view.addObject("saved", saved);
		return view;
	}

	@PostMapping("/schedules/{id}/rotations")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String createRotation(@PathVariable UUID id, HttpServletRequest request) {
		RotationEditor form = RotationEditor.submitted("", request.getParameterMap());
		this.rotations.create(new ScheduleId(id), form.draft(this.accounts.users()));
		return "redirect:/oncall/schedules/" + id + "?saved=rotation";
	}

	@PostMapping("/rotations/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String editRotation(@PathVariable UUID id, HttpServletRequest request) {
		RotationEditor form = RotationEditor.submitted(id.toString(), request.getParameterMap());
		Rotation rotation = this.rotations.update(new RotationId(id), form.draft(this.accounts.users()));
		return "redirect:/oncall/schedules/" + rotation.schedule() + "?saved=rotation";
	}

	@PostMapping("/schedules/{id}/overrides")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String addOverride(@PathVariable UUID id, @RequestParam(required = false) String user,
			@RequestParam(required = false) String start, @RequestParam(required = false) String end) {
		Schedule schedule = this.schedules.require(new ScheduleId(id));
		ZoneId zone = this.teams.require(schedule.team()).zone();
		this.rotations.addOverride(schedule.id(), new UserId(OnCallText.uuid("user", user)),
				local("start", start, zone), local("end", end, zone));
		return "redirect:/oncall/schedules/" + id + "?saved=override";
	}

	/** Makes a calendar link and shows it, this once, on a page of its own. */
	@PostMapping("/schedules/{id}/calendar-feeds")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ModelAndView createFeed(@PathVariable UUID id) {
		Schedule schedule = this.schedules.require(new ScheduleId(id));
		CalendarFeed.Created created = this.feeds.create(schedule.id());
		ModelAndView view = new ModelAndView("oncall/calendar-link");
		view.addObject("currentPath", "/settings");
		view.addObject("schedule", schedule);
		view.addObject("url", CalendarFeedController.url(created.secret()));
		return view;
	}

	@PostMapping("/calendar-feeds/{id}/revoke")
	@RequiresPermission(Permission.ONCALL_WRITE)
	String revokeFeed(@PathVariable UUID id, @RequestParam(required = false) String schedule) {
		this.feeds.revoke(id);
		return "redirect:/oncall/schedules/" + OnCallText.uuid("schedule", schedule) + "?saved=calendar";
	}

	@ExceptionHandler(RequestRejected.class)
	ModelAndView rejected(RequestRejected ex, HttpServletRequest request) {
		ModelAndView view;
		try {
			view = (ex.reason() == RequestRejected.Reason.NOT_FOUND) ? plain(ex) : formPage(request);
		}
		catch (RequestRejected | IllegalArgumentException missing) {
			// What the form belonged to is gone or was never there: no page to show it
			// on.
			view = plain(ex);
		}
		view.addObject("error", ex.getMessage());
		view.addObject("errorField", ex.field());
		view.setStatus(Rejections.status(ex));
		return view;
	}

	/** The page the refused form was on, with what was entered. */
	private ModelAndView formPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String[] parts = path.split("/");
		if (path.startsWith("/oncall/rotations/")) {
			Rotation rotation = this.rotations.require(new RotationId(UUID.fromString(parts[3])));
			return schedulePage(rotation.schedule(), RotationEditor.submitted(parts[3], request.getParameterMap()),
					parts[3]);
		}
		if (path.startsWith("/oncall/schedules/") && parts.length > 4) {
			String form = parts[4].equals("rotations") ? "new" : "override";
			ModelAndView view = schedulePage(new ScheduleId(UUID.fromString(parts[3])),
					RotationEditor.submitted("", request.getParameterMap()), form);
			view.addObject("overrideForm", Map.of("user", value(request, "user"), "start", value(request, "start"),
					"end", value(request, "end")));
			return view;
		}
		if (path.startsWith("/oncall/teams/") && parts.length > 4) {
			ModelAndView view = team(UUID.fromString(parts[3]), null);
			view.addObject("scheduleName", value(request, "name"));
			return view;
		}
		ModelAndView view = teams();
		view.addObject("newName", value(request, "name"));
		view.addObject("newZone", value(request, "timeZone"));
		return view;
	}

	private static ModelAndView plain(RequestRejected ex) {
		ModelAndView view = new ModelAndView("system/rejected");
		view.addObject("currentPath", "/settings");
		view.addObject("status", Rejections.status(ex).value());
		view.addObject("message", ex.getMessage());
		view.addObject("back", Map.of("href", "/oncall/teams", "label", "Back to the on-call teams"));
		return view;
	}

	private ModelAndView schedulePage(ScheduleId id, @Nullable RotationEditor submitted, @Nullable String errorFor) {
		Schedule schedule = this.schedules.require(id);
		Team team = this.teams.require(schedule.team());
		Instant now = this.clock.instant();
		Instant from = now.atZone(team.zone()).toLocalDate().atStartOfDay(team.zone()).toInstant();
		FinalSchedule plan = this.schedules.finalSchedule(id, from, from.plus(SHOWN));
		List<User> users = activeUsers();
		Map<UserId, String> names = OnCallText.names(this.accounts);
		Function<UserId, String> name = (u) -> names.getOrDefault(u, u.toString());
		Function<UserId, String> email = (
				u) -> users.stream().filter((x) -> x.id().equals(u)).map(User::email).findFirst().orElse(u.toString());
		List<RotationEditor> editors = new ArrayList<>();
		for (Rotation r : this.schedules.layers(id)) {
			editors.add((submitted != null && r.id().toString().equals(errorFor)) ? submitted
					: RotationEditor.of(r, email));
		}
		ModelAndView view = new ModelAndView("oncall/schedule");
		view.addObject("currentPath", "/settings");
		view.addObject("schedule", schedule);
		view.addObject("team", team);
		view.addObject("timeline", Timeline.of(plan, team.zone(), now, name));
		view.addObject("slots", plan.slots().stream().map((s) -> SlotLine.of(s, name, team.zone())).toList());
		view.addObject("names", names);
		view.addObject("layers", this.schedules.layers(id));
		view.addObject("editors", editors);
		view.addObject("newRotation",
				("new".equals(errorFor) && submitted != null) ? submitted : RotationEditor.blank(team.zone(), now));
		view.addObject("overrides", this.rotations.overrides(id));
		view.addObject("feeds", this.feeds.of(id).stream().filter((f) -> f.revokedAt() == null).toList());
		view.addObject("users", users);
		view.addObject("weekdays", RotationEditor.WEEKDAYS);
		view.addObject("errorFor", errorFor);
		view.addObject("overrideForm", Map.of("user", "", "start", "", "end", ""));
		return view;
	}

	private List<User> activeUsers() {
		return this.accounts.users().stream().filter(User::active).toList();
	}

	private static Instant local(String field, @Nullable String value, ZoneId zone) {
		try {
			return LocalDateTime.parse((value != null) ? value.strip() : "").atZone(zone).toInstant();
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid(field, "Give the override's " + field + " as a date and time.");
		}
	}

	private static String value(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		return (value != null) ? value : "";
	}

}
