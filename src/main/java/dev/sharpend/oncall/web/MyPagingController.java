package dev.sharpend.oncall.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.ContactMethod;
import dev.sharpend.oncall.ContactMethods;
import dev.sharpend.oncall.NotificationRule;
import dev.sharpend.oncall.NotificationRules;
import dev.sharpend.oncall.PersonalCalendarFeeds;
import dev.sharpend.oncall.Schedule;
import dev.sharpend.oncall.Schedules;
import dev.sharpend.oncall.Slot;
import dev.sharpend.oncall.Team;
import dev.sharpend.oncall.Teams;
import dev.sharpend.oncall.TestPages;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.SignedIn;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's own paging page: their upcoming shifts, contact methods (added, verified by
 * code, removed) and notification rules, and a test page. Works without JavaScript.
 */
@Controller
@RequestMapping("/oncall/me")
class MyPagingController {

	private static final Duration AHEAD = Duration.ofDays(28);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

	private final ContactMethods methods;

	private final NotificationRules rules;

	private final TestPages testPages;

	private final Schedules schedules;

	private final Teams teams;

	private final PersonalCalendarFeeds calendarFeeds;

	private final java.time.Clock clock;

	MyPagingController(ContactMethods methods, NotificationRules rules, TestPages testPages, Schedules schedules,
			Teams teams, PersonalCalendarFeeds calendarFeeds, java.time.Clock clock) {
		this.methods = methods;
		this.rules = rules;
		this.testPages = testPages;
		this.schedules = schedules;
		this.teams = teams;
		this.calendarFeeds = calendarFeeds;
		this.clock = clock;
	}

	@GetMapping
	@SignedIn
	ModelAndView page(Authentication auth) {
		return view(PagingPeople.caller(auth));
	}

	@PostMapping("/methods")
	@SignedIn
	Object add(Authentication auth, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String address, RedirectAttributes flash) {
		UserId me = PagingPeople.caller(auth);
		try {
			ContactMethods.Added added = this.methods.add(me, kind, address);
			flash.addFlashAttribute("notice",
					"We sent a code to " + added.method().label() + ". Type it below to verify the method."
							+ ((added.signingSecret() != null)
									? " The webhook's signing secret (shown once): " + added.signingSecret() : ""));
			return "redirect:/oncall/me#methods";
		}
		catch (RequestRejected ex) {
			ModelAndView view = rejected(me, ex);
			view.addObject("newKind", kind);
			view.addObject("newAddress", address);
			return view;
		}
	}

	@PostMapping("/methods/{id}/verify")
	@SignedIn
	Object verify(Authentication auth, @PathVariable UUID id, @RequestParam(required = false) String code,
			RedirectAttributes flash) {
		UserId me = PagingPeople.caller(auth);
		try {
			ContactMethod method = this.methods.verify(me, id, code);
			flash.addFlashAttribute("notice", method.label() + " is verified.");
			return "redirect:/oncall/me#methods";
		}
		catch (RequestRejected ex) {
			ModelAndView view = rejected(me, ex);
			view.addObject("errorFor", id);
			return view;
		}
	}

	@PostMapping("/methods/{id}/resend")
	@SignedIn
	String resend(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
		this.methods.resend(PagingPeople.caller(auth), id);
		flash.addFlashAttribute("notice", "A new code is on its way.");
		return "redirect:/oncall/me#methods";
	}

	@PostMapping("/methods/{id}/remove")
	@SignedIn
	String remove(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
		this.methods.remove(PagingPeople.caller(auth), id);
		flash.addFlashAttribute("notice", "The contact method and its rules were removed.");
		return "redirect:/oncall/me#methods";
	}

	@GetMapping("/verify/{token}")
	@SignedIn
	ModelAndView verifyByLink(Authentication auth, @PathVariable String token) {
		UserId me = PagingPeople.caller(auth);
		ModelAndView view = view(me);
		this.methods.verifyByLink(token)
			.filter((m) -> m.user().equals(me))
			.ifPresentOrElse((m) -> view.addObject("notice", m.label() + " is verified."),
					() -> view.addObject("error", "That link has expired or was already used; send a new code."));
		return view;
	}

	@PostMapping("/rules")
	@SignedIn
	Object addRule(Authentication auth, @RequestParam(required = false) String urgency,
			@RequestParam(required = false) Integer delayMinutes, @RequestParam(required = false) UUID method,
			RedirectAttributes flash) {
		UserId me = PagingPeople.caller(auth);
		try {
			this.rules.add(me, urgency, delayMinutes, method);
			flash.addFlashAttribute("notice", "Rule added.");
			return "redirect:/oncall/me#rules";
		}
		catch (RequestRejected ex) {
			return rejected(me, ex);
		}
	}

	@PostMapping("/rules/{id}/remove")
	@SignedIn
	String removeRule(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
		this.rules.remove(PagingPeople.caller(auth), id);
		flash.addFlashAttribute("notice", "Rule removed.");
		return "redirect:/oncall/me#rules";
	}

	@PostMapping("/test")
	@SignedIn
	String test(Authentication auth, RedirectAttributes flash) {
		List<String> sent = this.testPages.send(PagingPeople.caller(auth));
		flash.addFlashAttribute("notice", "Test page sent by " + String.join(", ", sent) + ".");
		return "redirect:/oncall/me";
	}

	private ModelAndView rejected(UserId me, RequestRejected ex) {
		ModelAndView view = view(me);
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("error", ex.getMessage());
		view.addObject("errorField", ex.field());
		return view;
	}

	private ModelAndView view(UserId me) {
		List<ContactMethod> mine = this.methods.of(me);
		Map<UUID, ContactMethod> byId = mine.stream().collect(Collectors.toMap(ContactMethod::id, Function.identity()));
		List<NotificationRule> myRules = this.rules.of(me);
		ModelAndView view = new ModelAndView("oncall/me");
		view.addObject("currentPath", "/oncall/me");
		view.addObject("methods", mine);
		view.addObject("kinds", this.methods.kinds());
		view.addObject("high", ruleLines(myRules, byId, "high"));
		view.addObject("low", ruleLines(myRules, byId, "low"));
		view.addObject("shifts", shifts(me));
		view.addObject("calendarFeeds", MyCalendarController.lines(this.calendarFeeds.of(me)));
		return view;
	}

	private static List<RuleLine> ruleLines(List<NotificationRule> rules, Map<UUID, ContactMethod> methods,
			String urgency) {
		return rules.stream().filter((r) -> r.urgency().equals(urgency) && methods.containsKey(r.method())).map((r) -> {
			ContactMethod m = methods.get(r.method());
			String when = (r.delayMinutes() == 0) ? "Immediately" : "After " + r.delayMinutes() + " min";
			return new RuleLine(r.id(), when + " by " + m.label(), m.verified() ? null : "not verified yet, skipped");
		}).toList();
	}

	private List<ShiftLine> shifts(UserId me) {
		Instant now = this.clock.instant();
		List<ShiftLine> lines = new ArrayList<>();
		for (Schedule schedule : this.schedules.all()) {
			ZoneId zone = this.teams.list()
				.stream()
				.filter((t) -> t.id().equals(schedule.team()))
				.map(Team::zone)
				.findFirst()
				.orElse(ZoneOffset.UTC);
			for (Slot slot : this.schedules.finalSchedule(schedule.id(), now, now.plus(AHEAD)).slots()) {
				if (me.equals(slot.user())) {
					lines.add(new ShiftLine(
							schedule.name(), slot.start(), WHEN.format(slot.start().atZone(zone)) + " – "
									+ WHEN.format(slot.end().atZone(zone)) + " (" + zone.getId() + ")",
							!slot.start().isAfter(now)));
				}
			}
		}
		lines.sort(Comparator.comparing(ShiftLine::start));
		return lines;
	}

	/** A rule as the page lists it, such as "After 5 min by SMS +447700900123". */
	record RuleLine(UUID id, String text, @Nullable String warning) {
	}

	/** One of the person's shifts in the next four weeks. */
	record ShiftLine(String schedule, Instant start, String when, boolean now) {
	}

}
