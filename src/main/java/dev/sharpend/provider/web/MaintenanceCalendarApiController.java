package dev.sharpend.provider.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.MaintenanceCalendar;
import dev.sharpend.provider.MaintenanceFeeds;
import dev.sharpend.system.FeedLinks;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The maintenance calendar over the API (the two weeks past and eight weeks ahead, ours
 * and upstream, in the order they start), and the caller's own secret links to its
 * iCalendar feed: made, listed and revoked, each person only their own. Reading the
 * calendar needs {@code provider:read}; a link changes nothing shared, so it needs no
 * more.
 */
@RestController
class MaintenanceCalendarApiController {

	private final MaintenanceCalendar calendar;

	private final MaintenanceFeeds feeds;

	MaintenanceCalendarApiController(MaintenanceCalendar calendar, MaintenanceFeeds feeds) {
		this.calendar = calendar;
		this.feeds = feeds;
	}

	@GetMapping("/api/v1/provider-maintenances")
	@RequiresPermission(Permission.PROVIDER_READ)
	PageOf<EntryResponse> list(@Paged PageWindow window) {
		return PageOf.slice(this.calendar.entries(this.calendar.range()), window).map(EntryResponse::of);
	}

	@PostMapping("/api/v1/provider-maintenances/calendar-feeds")
	@RequiresPermission(Permission.PROVIDER_READ)
	ResponseEntity<FeedResponse> create(Authentication auth) {
		MaintenanceFeeds.Created created = this.feeds.create(MaintenanceCalendarController.caller(auth));
		return ResponseEntity.created(URI.create("/api/v1/provider-maintenances/calendar-feeds/" + created.link().id()))
			.body(FeedResponse.of(created.link(), MaintenanceCalendarController.url(created.secret())));
	}

	@GetMapping("/api/v1/provider-maintenances/calendar-feeds")
	@RequiresPermission(Permission.PROVIDER_READ)
	Items<FeedResponse> links(Authentication auth) {
		return new Items<>(this.feeds.of(MaintenanceCalendarController.caller(auth))
			.stream()
			.map((l) -> FeedResponse.of(l, null))
			.toList());
	}

	@DeleteMapping("/api/v1/provider-maintenances/calendar-feeds/{id}")
	@RequiresPermission(Permission.PROVIDER_READ)
	ResponseEntity<Void> revoke(Authentication auth, @PathVariable UUID id) {
		this.feeds.revoke(MaintenanceCalendarController.caller(auth), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * One maintenance on the calendar.
	 *
	 * @param source the provider that announced it, or our status page
	 * @param upstream whether a provider announced it
	 * @param title its title
	 * @param state where it stands
	 * @param startsAt its planned start (null when the provider announced none)
	 * @param endsAt its planned end, null when not announced
	 * @param components the names of our components it touches
	 */
	record EntryResponse(String source, boolean upstream, String title, String state, @Nullable Instant startsAt,
			@Nullable Instant endsAt, List<String> components) {

		static EntryResponse of(MaintenanceCalendar.Entry e) {
			return new EntryResponse(e.source(), e.upstream(), e.title(), e.state(), e.startKnown() ? e.start() : null,
					e.end(), e.components());
		}

	}

	/**
	 * A calendar link as the API shows it.
	 *
	 * @param id the link's id, for revoking it
	 * @param url the link itself, only in the answer that made it
	 * @param createdAt when it was made
	 * @param revokedAt when it was revoked, or null
	 */
	record FeedResponse(String id, @Nullable String url, Instant createdAt, @Nullable Instant revokedAt) {

		static FeedResponse of(FeedLinks.Link l, @Nullable String url) {
			return new FeedResponse(l.id().toString(), url, l.createdAt(), l.revokedAt());
		}

	}

	/** A list that is never long enough to page. */
	record Items<T>(List<T> items) {
	}

}
