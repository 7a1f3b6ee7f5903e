package dev.sharpend.oncall.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.sharpend.oncall.PersonalCalendarFeed;
import dev.sharpend.oncall.PersonalCalendarFeeds;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar links on a person's own paging page: making one (shown, this once, on a
 * page of its own) and revoking one. Works without JavaScript.
 */
@Controller
@RequestMapping("/oncall/me/calendar-feeds")
class MyCalendarController {

	private static final DateTimeFormatter MADE = DateTimeFormatter
		.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final PersonalCalendarFeeds feeds;

	MyCalendarController(PersonalCalendarFeeds feeds) {
		this.feeds = feeds;
	}

	/** The person's working links, as their paging page lists them. */
	static List<LinkLine> lines(List<PersonalCalendarFeed> feeds) {
		return feeds.stream()
			.filter((f) -> f.revokedAt() == null)
			.map((f) -> new LinkLine(f.id(), "Made " + MADE.format(f.createdAt())))
			.toList();
	}

	@PostMapping
	@RequiresPermission(Permission.ONCALL_READ)
	ModelAndView create(Authentication auth) {
		PersonalCalendarFeed.Created created = this.feeds.create(PagingPeople.caller(auth));
		ModelAndView view = new ModelAndView("oncall/my-calendar-link");
		view.addObject("currentPath", "/oncall/me");
		view.addObject("url", PersonalCalendarFeedController.url(created.secret()));
		return view;
	}

	@PostMapping("/{id}/revoke")
	@RequiresPermission(Permission.ONCALL_READ)
	String revoke(Authentication auth, @PathVariable UUID id, RedirectAttributes flash) {
		this.feeds.revoke(PagingPeople.caller(auth), id);
		flash.addFlashAttribute("notice", "Calendar link revoked; calendars using it get nothing from now on.");
		return "redirect:/oncall/me#calendar";
	}

	/** A working link as the page lists it, such as "Made Thu 3 Dec 2026 08:00 UTC". */
	record LinkLine(UUID id, String made) {
	}

}
