package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.UserId;
import dev.sharpend.oncall.CalendarFeed;
import dev.sharpend.oncall.CalendarFeeds;
import dev.sharpend.oncall.api.ScheduleId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Secret calendar links to a schedule (made and revoked over the API) and the iCalendar
 * feed behind each, which calendar apps fetch without signing in.
 */
@RestController
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	private final Accounts accounts;

	CalendarFeedController(CalendarFeeds feeds, Accounts accounts) {
		this.feeds = feeds;
		this.accounts = accounts;
	}

	@PostMapping("/api/v1/schedules/{id}/calendar-feeds")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<FeedResponse> create(@PathVariable UUID id) {
		CalendarFeed.Created created = this.feeds.create(new ScheduleId(id));
		String url = url(created.secret());
		return ResponseEntity.created(URI.create("/api/v1/calendar-feeds/" + created.feed().id()))
			.body(FeedResponse.of(created.feed(), url));
	}

	@GetMapping("/api/v1/schedules/{id}/calendar-feeds")
	@RequiresPermission(Permission.ONCALL_READ)
	List<FeedResponse> list(@PathVariable UUID id) {
		return this.feeds.of(new ScheduleId(id)).stream().map((f) -> FeedResponse.of(f, null)).toList();
	}

	@DeleteMapping("/api/v1/calendar-feeds/{id}")
	@RequiresPermission(Permission.ONCALL_WRITE)
	ResponseEntity<Void> revoke(@PathVariable UUID id) {
		this.feeds.revoke(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/oncall/calendar/{secret}.ics")
	@PublicRoute("Calendar apps cannot sign in; the unguessable, revocable link is the credential")
	ResponseEntity<String> feed(@PathVariable String secret) {
		Map<UserId, String> names = OnCallText.names(this.accounts);
		String document = this.feeds.document(secret, (u) -> names.getOrDefault(u, u.toString()));
		return ResponseEntity.ok().contentType(CALENDAR).header("Cache-Control", "no-store").body(document);
	}

	/** The link to a feed, on the host and port the current request came to. */
	static String url(String secret) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/oncall/calendar/" + secret + ".ics")
			.toUriString();
	}

	/**
	 * A calendar link as the API shows it.
	 *
	 * @param id the link's id, for revoking it
	 * @param schedule the schedule it shows
	 * @param url the link itself, only in the answer that made it
	 * @param createdAt when it was made
	 * @param revokedAt when it was revoked, or null
	 */
	record FeedResponse(String id, String schedule, @Nullable String url, Instant createdAt,
			@Nullable Instant revokedAt) {

		static FeedResponse of(CalendarFeed f, @Nullable String url) {
			return new FeedResponse(f.id().toString(), f.schedule().toString(), url, f.createdAt(), f.revokedAt());
		}

	}

}
