package dev.sharpend.provider;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.EventState;
import dev.sharpend.provider.upstream.Impact;

import org.springframework.modulith.NamedInterface;

/**
 * An incident or maintenance a provider published, as Sharpend stored it.
 *
 * @param id the provider's identifier for it
 * @param kind incident or maintenance
 * @param title its title
 * @param state where it stands
 * @param impact how bad the provider says it is
 * @param startedAt when it began (a maintenance: is planned to begin), null when unknown
 * @param endedAt when it ended (a maintenance: is planned to end), null while open or
 * unknown
 * @param components the names of the provider's components it affects
 * @param url where a person reads it, null when the page gives none
 * @param lastUpdate the text of its latest update, null when none
 * @param firstSeenAt when Sharpend first read it
 * @param updatedAt when Sharpend last saw it change
 */
@NamedInterface("api")
public record WatchedEvent(String id, EventKind kind, String title, EventState state, Impact impact,
		@Nullable Instant startedAt, @Nullable Instant endedAt, List<String> components, @Nullable String url,
		@Nullable String lastUpdate, Instant firstSeenAt, Instant updatedAt) {

	public WatchedEvent {
		components = List.copyOf(components);
	}

	/** Whether it is open, under way or still to come. */
	public boolean isOpen() {
		return this.state.isActive() || this.state == EventState.SCHEDULED;
	}

}
