package dev.sharpend.provider;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.provider.WatchRepository.Claim;
import dev.sharpend.provider.WatchRepository.Reading;
import dev.sharpend.provider.WatchRepository.Watch;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.provider.upstream.EventState;
import dev.sharpend.provider.upstream.UpstreamComponent;
import dev.sharpend.provider.upstream.UpstreamEvent;
import dev.sharpend.provider.upstream.UpstreamReport;
import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what one read of a provider's page found, in one short transaction after the
 * page was fetched and read: the provider's status as a whole, its components and its
 * incidents and maintenances, publishing what changed. A read that failed turns the
 * provider and all its components unknown. Nothing is stored when the node's claim on the
 * watch was lost to another node meanwhile.
 */
@Service
@Transactional
class UpstreamReadings {

	private final WatchRepository watches;

	private final UpstreamRepository upstream;

	private final ApplicationEventPublisher events;

	UpstreamReadings(WatchRepository watches, UpstreamRepository upstream, ApplicationEventPublisher events) {
		this.watches = watches;
		this.upstream = upstream;
		this.events = events;
	}

	/**
	 * Stores a readable answer.
	 * @return false when the claim was lost
	 */
	boolean read(Claim claim, Provider provider, UpstreamReport report, Reading reading) {
		Watch watch = this.watches.watch(provider.id()).orElse(null);
		if (watch == null) {
			return false;
		}
		UpstreamStatus to = reading.status();
		Reading stored = new Reading(to, (watch.status() == to) ? watch.since() : reading.at(), reading.validators(),
				reading.format(), reading.at(), reading.next());
		if (!this.watches.read(claim, stored)) {
			return false;
		}
		if (provider.status().format() == null) {
			this.watches.detected(provider.id(), report.format());
		}
		List<UpstreamComponentChange> changes = components(provider.id(), named(report), reading.at());
		events(provider, report, reading.at());
		if (watch.status() != to || !changes.isEmpty()) {
			this.events.publishEvent(new UpstreamStatusChanged(provider.id(), provider.name(), watch.status(), to,
					changes, incidentTitle(report), reading.at()));
		}
		return true;
	}

	/**
	 * Notes a read whose answer was the same as the last one read (a 304 or the same
	 * body): nothing changed but the time it was read.
	 */
	boolean unchanged(Claim claim, Watch watch, Reading reading) {
		return this.watches.read(claim, new Reading(watch.status(), watch.since(), reading.validators(), watch.format(),
				reading.at(), reading.next()));
	}

	/**
	 * Stores a failed read: the provider and its components are unknown from now (or from
	 * when they became unknown), and the fault is logged.
	 * @return false when the claim was lost
	 */
	boolean failed(Claim claim, Provider provider, String message, Instant at, Instant next) {
		Watch watch = this.watches.watch(provider.id()).orElse(null);
		if (watch == null) {
			return false;
		}
		Instant since = (watch.status() == UpstreamStatus.UNKNOWN) ? watch.since() : at;
		if (!this.watches.failed(claim, at, since, message, next)) {
			return false;
		}
		this.watches.log(provider.id(), at, message);
		List<UpstreamComponentChange> changes = new ArrayList<>();
		for (WatchedStatus.Component c : this.upstream.components(provider.id())) {
			if (c.status() != UpstreamStatus.UNKNOWN) {
				changes.add(new UpstreamComponentChange(c.name(), c.status(), UpstreamStatus.UNKNOWN));
				this.upstream.save(provider.id(),
						new WatchedStatus.Component(c.name(), c.group(), UpstreamStatus.UNKNOWN, at, c.seenAt()), true);
			}
		}
		if (watch.status() != UpstreamStatus.UNKNOWN || !changes.isEmpty()) {
			this.events.publishEvent(new UpstreamStatusChanged(provider.id(), provider.name(), watch.status(),
					UpstreamStatus.UNKNOWN, changes, null, at));
		}
		return true;
	}

	/**
	 * Stores the components read; one the page no longer lists becomes unknown.
	 * @return the components whose status changed
	 */
	private List<UpstreamComponentChange> components(ProviderId id, Map<String, UpstreamComponent> read, Instant at) {
		Map<String, WatchedStatus.Component> stored = this.upstream.components(id)
			.stream()
			.collect(Collectors.toMap(WatchedStatus.Component::name, Function.identity()));
		List<UpstreamComponentChange> changes = new ArrayList<>();
		read.forEach((name, c) -> {
			WatchedStatus.Component old = stored.get(name);
			UpstreamStatus from = (old != null) ? old.status() : UpstreamStatus.UNKNOWN;
			if (from != c.status()) {
				changes.add(new UpstreamComponentChange(name, from, c.status()));
			}
			Instant since = (old != null && from == c.status()) ? old.since() : at;
			this.upstream.save(id, new WatchedStatus.Component(name, c.group(), c.status(), since, at), old != null);
		});
		stored.values()
			.stream()
			.filter((c) -> !read.containsKey(c.name()) && c.status() != UpstreamStatus.UNKNOWN)
			.forEach((c) -> {
				changes.add(new UpstreamComponentChange(c.name(), c.status(), UpstreamStatus.UNKNOWN));
				this.upstream.save(id,
						new WatchedStatus.Component(c.name(), c.group(), UpstreamStatus.UNKNOWN, at, c.seenAt()), true);
			});
		return changes;
	}

	/**
	 * Stores the events read and publishes those that opened or ended; an event stored as
	 * open that the page no longer lists has ended (a Statuspage summary drops an
	 * incident once resolved).
	 */
	private void events(Provider provider, UpstreamReport report, Instant at) {
		ProviderId id = provider.id();
		Map<String, String> names = new HashMap<>();
		report.components().forEach((c) -> names.putIfAbsent(c.id(), c.name()));
		Map<String, WatchedEvent> read = new LinkedHashMap<>();
		report.events().forEach((e) -> read.putIfAbsent(clip(e.id(), 300), stored(e, names, at)));
		Map<String, WatchedEvent> known = this.upstream.events(id, List.copyOf(read.keySet()))
			.stream()
			.collect(Collectors.toMap(WatchedEvent::id, Function.identity()));
		for (WatchedEvent e : read.values()) {
			WatchedEvent old = known.get(e.id());
			if (old == null) {
				this.upstream.save(id, e, false);
				if (e.isOpen()) {
					this.events.publishEvent(new UpstreamEventOpened(id, provider.name(), e, at));
				}
				continue;
			}
			WatchedEvent now = seen(e, old.firstSeenAt(), old.updatedAt());
			if (!now.equals(old)) {
				now = seen(e, old.firstSeenAt(), at);
				this.upstream.save(id, now, true);
			}
			if (old.isOpen() != now.isOpen()) {
				this.events.publishEvent(now.isOpen() ? new UpstreamEventOpened(id, provider.name(), now, at)
						: new UpstreamEventResolved(id, provider.name(), now, at));
			}
		}
		Set<String> listed = new HashSet<>(read.keySet());
		for (WatchedEvent gone : this.upstream.open(id)) {
			if (!listed.contains(gone.id())) {
				WatchedEvent ended = ended(gone, at);
				this.upstream.save(id, ended, true);
				this.events.publishEvent(new UpstreamEventResolved(id, provider.name(), ended, at));
			}
		}
	}

	/** The components by the name the page shows, a repeated name told apart by group. */
	private static Map<String, UpstreamComponent> named(UpstreamReport report) {
		Map<String, UpstreamComponent> named = new LinkedHashMap<>();
		for (UpstreamComponent c : report.components()) {
			String name = clip(c.name(), 300);
			if (named.containsKey(name) && c.group() != null) {
				name = clip(c.name() + " (" + c.group() + ")", 300);
			}
			named.putIfAbsent(name, c);
		}
		return named;
	}

	private static WatchedEvent stored(UpstreamEvent e, Map<String, String> names, Instant at) {
		List<String> components = new ArrayList<>();
		int length = 0;
		for (String componentId : e.componentIds()) {
			String name = clip(names.getOrDefault(componentId, componentId), 300);
			length += name.length() + 1;
			if (length > 4000) {
				break;
			}
			components.add(name);
		}
		String last = e.updates().isEmpty() ? null : clip(e.updates().get(e.updates().size() - 1).text(), 4000);
		String url = (e.url() != null && e.url().length() <= 2000) ? e.url() : null;
		return new WatchedEvent(clip(e.id(), 300), e.kind(), clip(e.title(), 1000), e.state(), e.impact(),
				e.startedAt(), e.endedAt(), components, url, last, at, at);
	}

	private static WatchedEvent seen(WatchedEvent e, Instant firstSeenAt, Instant updatedAt) {
		return new WatchedEvent(e.id(), e.kind(), e.title(), e.state(), e.impact(), e.startedAt(), e.endedAt(),
				e.components(), e.url(), e.lastUpdate(), firstSeenAt, updatedAt);
	}

	private static WatchedEvent ended(WatchedEvent e, Instant at) {
		EventState state = (e.kind() == EventKind.INCIDENT) ? EventState.RESOLVED : EventState.COMPLETED;
		Instant end = (e.endedAt() != null && !e.endedAt().isAfter(at)) ? e.endedAt() : at;
		return new WatchedEvent(e.id(), e.kind(), e.title(), state, e.impact(), e.startedAt(), end, e.components(),
				e.url(), e.lastUpdate(), e.firstSeenAt(), at);
	}

	/** The title of the most severe incident open now, null when none is. */
	private static @Nullable String incidentTitle(UpstreamReport report) {
		return report.active()
			.stream()
			.filter((e) -> e.kind() == EventKind.INCIDENT)
			.reduce((a, b) -> (a.impact().worse(b.impact()) == a.impact()) ? a : b)
			.map(UpstreamEvent::title)
			.orElse(null);
	}

	private static String clip(String text, int max) {
		return WatchRepository.abbreviated(text, max);
	}

}
