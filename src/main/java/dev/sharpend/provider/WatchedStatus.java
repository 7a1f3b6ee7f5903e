package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.StatusFormat;
import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.NamedInterface;

/**
 * What Sharpend knows of a provider's status from reading its page. A provider whose page
 * cannot be read is {@link UpstreamStatus#UNKNOWN unknown} since the first read that
 * failed, never still operational.
 *
 * @param provider the provider
 * @param watched whether its status feed is read (false when it has none)
 * @param status its status as a whole
 * @param since since when it has had that status, null while not watched
 * @param lastReadAt the last read that found the page readable, null before the first
 * @param lastAttemptAt the last read tried, null before the first
 * @param nextReadAt when the page is read next, null while not watched
 * @param lastError why the last read failed, as a person can act on it; null after a
 * readable one
 * @param format the format the page was last read as, null before the first read
 * @param components the components the page lists, by name
 * @param active the provider's incidents open now and maintenances under way or
 * scheduled, the latest first
 * @param faults the last faults met reading the page, the latest first
 */
@NamedInterface("api")
public record WatchedStatus(ProviderId provider, boolean watched, UpstreamStatus status, @Nullable Instant since,
		@Nullable Instant lastReadAt, @Nullable Instant lastAttemptAt, @Nullable Instant nextReadAt,
		@Nullable String lastError, @Nullable StatusFormat format, List<Component> components,
		List<WatchedEvent> active, List<Fault> faults) {

	public WatchedStatus {
		components = List.copyOf(components);
		active = List.copyOf(active);
		faults = List.copyOf(faults);
	}

	/**
	 * One component of the provider's page.
	 *
	 * @param name the name the page shows it by (the key it is mapped by)
	 * @param group the group the page files it under, null when none
	 * @param status its status; unknown while the page cannot be read or no longer lists
	 * it
	 * @param since since when it has had that status
	 * @param seenAt the last read that listed it
	 */
	public record Component(String name, @Nullable String group, UpstreamStatus status, Instant since, Instant seenAt) {
	}

	/**
	 * A provider's status as a whole, for lists.
	 *
	 * @param status its status
	 * @param since since when
	 * @param read whether its page was ever read
	 */
	public record Overall(UpstreamStatus status, Instant since, boolean read) {
	}

	/**
	 * A fault met reading the page.
	 *
	 * @param at when
	 * @param message what went wrong, as a person can act on it
	 */
	public record Fault(Instant at, String message) {
	}

}
