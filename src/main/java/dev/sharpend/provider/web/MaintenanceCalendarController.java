package dev.sharpend.provider.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.UserBacked;
import dev.sharpend.identity.UserId;
import dev.sharpend.provider.MaintenanceCalendar;
import dev.sharpend.provider.MaintenanceFeeds;
import dev.sharpend.system.Permission;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The maintenance calendar page (day by day, in the zone the reader picks), the reader's
 * secret links to it as an iCalendar feed, and the feed itself, which calendar apps fetch
 * without signing in.
 */
@Controller
class MaintenanceCalendarController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private static final DateTimeFormatter MADE = DateTimeFormatter
		.ofPattern("EEE d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final ZoneId UTC = ZoneId.of("UTC");

	private final MaintenanceCalendar calendar;

	private final MaintenanceFeeds feeds;

	MaintenanceCalendarController(MaintenanceCalendar calendar, MaintenanceFeeds feeds) {
		this.calendar = calendar;
		this.feeds = feeds;
	}

	@GetMapping("/providers/maintenances")
	@RequiresPermission(Permission.PROVIDER_READ)
	String page(@RequestParam(required = false) @Nullable String zone, Authentication auth, Model model) {
		ZoneId shown = zone(zone);
		MaintenanceCalendar.Range range = this.calendar.range();
		model.addAttribute("days", CalendarDays.of(this.calendar.entries(range), shown, range.now()));
		model.addAttribute("zone", shown.getId());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		model.addAttribute("links",
				this.feeds.of(caller(auth))
					.stream()
					.filter((l) -> l.revokedAt() == null)
					.map((l) -> new LinkLine(l.id(), "Made " + MADE.format(l.createdAt())))
					.toList());
		return "provider/maintenances";
	}

	@PostMapping("/providers/maintenances/calendar-feeds")
	@RequiresPermission(Permission.PROVIDER_READ)
	String create(@RequestParam(required = false) @Nullable String zone, Authentication auth,
			RedirectAttributes flash) {
		String target = back(zone);
		MaintenanceFeeds.Created created = this.feeds.create(caller(auth));
		flash.addFlashAttribute("feedUrl", url(created.secret()));
		return target;
	}

	@PostMapping("/providers/maintenances/calendar-feeds/{id}/revoke")
	@RequiresPermission(Permission.PROVIDER_READ)
	String revoke(@RequestParam(required = false) @Nullable String zone, Authentication auth, @PathVariable UUID id,
			RedirectAttributes flash) {
		String target = back(zone);
		this.feeds.revoke(caller(auth), id);
		flash.addFlashAttribute("notice", "Calendar link revoked; calendars using it get nothing from now on.");
		return target;
	}

	/** Back to the calendar's links, times still in the zone the reader picked. */
	private static String back(@Nullable String zone) {
		return "redirect:" + UriComponentsBuilder.fromPath("/providers/maintenances")
			.queryParam("zone", zone(zone).getId())
			.fragment("calendar")
			.encode()
			.toUriString();
	}

	@GetMapping("/providers/maintenances/calendar/{secret}.ics")
	@PublicRoute("Calendar apps cannot sign in; the unguessable, revocable link is the credential")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header("Cache-Control", "no-store")
			.body(this.feeds.document(secret));
	}

	/** The link to a feed, on the host and port the current request came to. */
	static String url(String secret) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/providers/maintenances/calendar/" + secret + ".ics")
			.toUriString();
	}

	static UserId caller(Authentication auth) {
		if (auth.getPrincipal() instanceof UserBacked user) {
			return user.userId();
		}
		throw RequestRejected.forbidden("Only a Sharpend user has calendar links.");
	}

	private static ZoneId zone(@Nullable String zone) {
		if (zone == null || zone.isBlank()) {
			return UTC;
		}
		try {
			return ZoneId.of(zone.strip());
		}
		catch (DateTimeException ex) {
			throw RequestRejected.invalid("zone",
					"There is no time zone \"" + zone + "\"; pick one such as Europe/Berlin or America/New_York.");
		}
	}

	/** A working link as the page lists it, such as "Made Thu 3 Dec 2026 08:00 UTC". */
	record LinkLine(UUID id, String made) {
	}

}
