package dev.sharpend.oncall.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.oncall.PersonalCalendarFeed;
import dev.sharpend.oncall.PersonalCalendarFeeds;
import dev.sharpend.system.Permission;
import dev.sharpend.system.PublicRoute;
import dev.sharpend.system.RequiresPermission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person's secret calendar links to their own shifts (made, listed and revoked over the
 * API, each person only their own) and the iCalendar feed behind each, which calendar
 * apps fetch without signing in. Seeing one's shifts needs {@code oncall:read}; a link
 * changes nothing shared, so it needs no more.
 */
@RestController
class PersonalCalendarFeedController {

	private final PersonalCalendarFeeds feeds;

	PersonalCalendarFeedController(PersonalCalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@PostMapping("/api/v1/me/calendar-feeds")
	@RequiresPermission(Permission.ONCALL_READ)
	ResponseEntity<PersonalFeedResponse> create(Authentication auth) {
		PersonalCalendarFeed.Created created = this.feeds.create(PagingPeople.caller(auth));
		return ResponseEntity.created(URI.create("/api/v1/me/calendar-feeds/" + created.feed().id()))
			.body(PersonalFeedResponse.of(created.feed(), url(created.secret())));
	}

	@GetMapping("/api/v1/me/calendar-feeds")
	@RequiresPermission(Permission.ONCALL_READ)
	ContactMethodApiController.Items<PersonalFeedResponse> list(Authentication auth) {
		return new ContactMethodApiController.Items<>(this.feeds.of(PagingPeople.caller(auth))
			.stream()
			.map((f) -> PersonalFeedResponse.of(f, null))
			.toList());
	}

	@DeleteMapping("/api/v1/me/calendar-feeds/{id}")
	@RequiresPermission(Permission.ONCALL_READ)
	ResponseEntity<Void> revoke(Authentication auth, @PathVariable UUID id) {
		this.feeds.revoke(PagingPeople.caller(auth), id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/oncall/calendar/person/{secret}.ics")
	@PublicRoute("Calendar apps cannot sign in; the unguessable, revocable link is the credential")
	ResponseEntity<String> feed(@PathVariable String secret) {
		return ResponseEntity.ok()
			.contentType(CalendarFeedController.CALENDAR)
			.header("Cache-Control", "no-store")
			.body(this.feeds.document(secret));
	}

	/** The link to a person's feed, on the host and port the current request came to. */
	static String url(String secret) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/oncall/calendar/person/" + secret + ".ics")
			.toUriString();
	}

	/**
	 * A person's calendar link as the API shows it.
	 *
	 * @param id the link's id, for revoking it
	 * @param url the link itself, only in the answer that made it
	 * @param createdAt when it was made
	 * @param revokedAt when it was revoked, or null
	 */
	record PersonalFeedResponse(String id, @Nullable String url, Instant createdAt, @Nullable Instant revokedAt) {

		static PersonalFeedResponse of(PersonalCalendarFeed f, @Nullable String url) {
			return new PersonalFeedResponse(f.id().toString(), url, f.createdAt(), f.revokedAt());
		}

	}

}
