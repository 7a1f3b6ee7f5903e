package dev.sharpend.provider.upstream;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An incident or maintenance a provider published. Built from {@link #incident} or
 * {@link #maintenance} and the {@code with}/{@code from}/{@code until} steps, so that a
 * call site names what it sets.
 *
 * @param id the provider's identifier, stable across polls
 * @param kind incident or maintenance
 * @param title the title the provider gave it
 * @param state where it stands now
 * @param impact how bad the provider says it is
 * @param startedAt when it began (for a maintenance: when it is planned to begin), null
 * when the format does not say
 * @param endedAt when it ended (for a maintenance: when it is planned to end), null while
 * open or unknown
 * @param componentIds the provider's components it affects
 * @param updates the updates, oldest first
 * @param url where a person reads it, null when the format gives none
 */
public record UpstreamEvent(String id, EventKind kind, String title, EventState state, Impact impact,
		@Nullable Instant startedAt, @Nullable Instant endedAt, List<String> componentIds, List<UpstreamUpdate> updates,
		@Nullable String url) {

	public UpstreamEvent {
		componentIds = List.copyOf(componentIds);
		updates = updates.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList();
	}

	/** An incident with no times, components, updates or link yet. */
	public static UpstreamEvent incident(String id, String title, EventState state, Impact impact) {
		return new UpstreamEvent(id, EventKind.INCIDENT, title, state, impact, null, null, List.of(), List.of(), null);
	}

	/** A maintenance with no times, components, updates or link yet. */
	public static UpstreamEvent maintenance(String id, String title, EventState state) {
		return new UpstreamEvent(id, EventKind.MAINTENANCE, title, state, Impact.MAINTENANCE, null, null, List.of(),
				List.of(), null);
	}

	public UpstreamEvent from(@Nullable Instant start) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, this.impact, start, this.endedAt,
				this.componentIds, this.updates, this.url);
	}

	public UpstreamEvent until(@Nullable Instant end) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, this.impact, this.startedAt, end,
				this.componentIds, this.updates, this.url);
	}

	public UpstreamEvent withImpact(Impact impact) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, impact, this.startedAt, this.endedAt,
				this.componentIds, this.updates, this.url);
	}

	public UpstreamEvent withComponents(List<String> ids) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, this.impact, this.startedAt, this.endedAt,
				ids, this.updates, this.url);
	}

	public UpstreamEvent withUpdates(List<UpstreamUpdate> updates) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, this.impact, this.startedAt, this.endedAt,
				this.componentIds, updates, this.url);
	}

	public UpstreamEvent withUrl(@Nullable String url) {
		return new UpstreamEvent(this.id, this.kind, this.title, this.state, this.impact, this.startedAt, this.endedAt,
				this.componentIds, this.updates, url);
	}

	/**
	 * Whether it affects the provider now: an open incident or a maintenance under way.
	 */
	public boolean isActive() {
		return this.state.isActive();
	}

	/**
	 * One line as a person reads it, such as {@code Incident "Elevated errors" is
	 * investigating since 2026-12-03T14:02:00Z}.
	 */
	public String describe() {
		String what = (this.kind == EventKind.INCIDENT) ? "Incident" : "Maintenance";
		String since = (this.startedAt != null) ? " since " + this.startedAt : "";
		String state = this.state.code().replace('_', ' ');
		return what + " \"" + this.title + "\" is " + state + since;
	}

}
