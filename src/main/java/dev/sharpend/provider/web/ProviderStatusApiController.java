package dev.sharpend.provider.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderWatching;
import dev.sharpend.provider.WatchedEvent;
import dev.sharpend.provider.WatchedStatus;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.system.PageOf;
import dev.sharpend.system.PageWindow;
import dev.sharpend.system.Paged;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequiresPermission;
import dev.sharpend.system.WireCode;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What providers' status pages say, as Sharpend last read them. */
@RestController
class ProviderStatusApiController {

	private final ProviderWatching watching;

	ProviderStatusApiController(ProviderWatching watching) {
		this.watching = watching;
	}

	@GetMapping("/api/v1/providers/{id}/status")
	@RequiresPermission(Permission.PROVIDER_READ)
	StatusResponse status(@PathVariable UUID id) {
		return StatusResponse.of(this.watching.status(new ProviderId(id)));
	}

	/** The provider's incidents and maintenances, the latest first. */
	@GetMapping("/api/v1/providers/{id}/events")
	@RequiresPermission(Permission.PROVIDER_READ)
	PageOf<EventResponse> events(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind,
			@Paged PageWindow window) {
		EventKind wanted = (kind == null || kind.isBlank()) ? null : WireCode.parse(EventKind.class, kind, "kind");
		return this.watching.events(new ProviderId(id), wanted, window).map(EventResponse::of);
	}

	record StatusResponse(String provider, boolean watched, String status, @Nullable Instant since,
			@Nullable Instant lastReadAt, @Nullable Instant lastAttemptAt, @Nullable String lastError,
			@Nullable String format, List<ComponentResponse> components, List<EventResponse> activeEvents,
			List<FaultResponse> faults) {

		static StatusResponse of(WatchedStatus s) {
			return new StatusResponse(s.provider().toString(), s.watched(), s.status().code(), s.since(),
					s.lastReadAt(), s.lastAttemptAt(), s.lastError(), (s.format() != null) ? s.format().code() : null,
					s.components()
						.stream()
						.map((c) -> new ComponentResponse(c.name(), c.group(), c.status().code(), c.since(),
								c.seenAt()))
						.toList(),
					s.active().stream().map(EventResponse::of).toList(),
					s.faults().stream().map((f) -> new FaultResponse(f.at(), f.message())).toList());
		}

	}

	record ComponentResponse(String name, @Nullable String group, String status, Instant since, Instant seenAt) {
	}

	record FaultResponse(Instant at, String message) {
	}

	record EventResponse(String id, String kind, String title, String state, String impact, @Nullable Instant startedAt,
			@Nullable Instant endedAt, List<String> components, @Nullable String url, @Nullable String lastUpdate,
			Instant firstSeenAt, Instant updatedAt) {

		static EventResponse of(WatchedEvent e) {
			return new EventResponse(e.id(), e.kind().code(), e.title(), e.state().code(), e.impact().code(),
					e.startedAt(), e.endedAt(), e.components(), e.url(), e.lastUpdate(), e.firstSeenAt(),
					e.updatedAt());
		}

	}

}
