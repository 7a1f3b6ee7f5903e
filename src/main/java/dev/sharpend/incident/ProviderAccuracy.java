package dev.sharpend.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.incident.IncidentRepository.DeclaredOn;
import dev.sharpend.provider.ComponentDependency;
import dev.sharpend.provider.ComponentMapping;
import dev.sharpend.provider.ComponentMappings;
import dev.sharpend.provider.ProviderId;
import dev.sharpend.provider.ProviderWatching;
import dev.sharpend.provider.Providers;
import dev.sharpend.provider.WatchedEvent;
import dev.sharpend.provider.upstream.EventKind;
import dev.sharpend.system.PageWindow;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How accurate a provider's status page was: for each incident it published in the last
 * 365 days, our own first signal on the components that depend on it (the first alert of
 * an attached alert group, or the declaration) within six hours before its start, and how
 * much earlier or later the provider said so.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class ProviderAccuracy {

	/**
	 * How far before a provider's incident our own signal may lie and still be the same
	 * trouble.
	 */
	static final Duration LOOK_BACK = Duration.ofHours(6);

	private final Providers providers;

	private final ComponentMappings mappings;

	private final ProviderWatching watching;

	private final IncidentRepository incidents;

	private final AlertGroups alertGroups;

	private final Clock clock;

	ProviderAccuracy(Providers providers, ComponentMappings mappings, ProviderWatching watching,
			IncidentRepository incidents, AlertGroups alertGroups, Clock clock) {
		this.providers = providers;
		this.mappings = mappings;
		this.watching = watching;
		this.incidents = incidents;
		this.alertGroups = alertGroups;
		this.clock = clock;
	}

	/**
	 * The provider's incidents of the last 365 days, latest first, each with ours beside
	 * it.
	 */
	public List<Comparison> compare(ProviderId provider) {
		Set<String> components = new LinkedHashSet<>();
		this.providers.require(provider)
			.components()
			.stream()
			.map(ComponentDependency::component)
			.map(ComponentId::value)
			.forEach(components::add);
		this.mappings.of(provider)
			.stream()
			.map(ComponentMapping::component)
			.map(ComponentId::value)
			.forEach(components::add);
		Instant from = this.clock.instant().minus(Duration.ofDays(365));
		List<Signal> ours = this.incidents.declaredOn(components, from.minus(LOOK_BACK))
			.stream()
			.map(this::signal)
			.toList();
		List<Comparison> comparisons = new ArrayList<>();
		for (WatchedEvent e : this.watching.events(provider, EventKind.INCIDENT, new PageWindow(0, 200)).items()) {
			Instant start = (e.startedAt() != null) ? e.startedAt() : e.firstSeenAt();
			if (start.isBefore(from)) {
				continue;
			}
			comparisons.add(new Comparison(e.title(), start, e.url(), match(start, ours).orElse(null)));
		}
		return comparisons;
	}

	/**
	 * Our earliest signal from {@link #LOOK_BACK} before the provider's start up to its
	 * start, or else the first one after it within the same span: the same trouble, seen
	 * by us first or by them.
	 */
	static Optional<Signal> match(Instant upstreamStart, List<Signal> ours) {
		Optional<Signal> before = ours.stream()
			.filter((s) -> !s.at().isBefore(upstreamStart.minus(LOOK_BACK)) && !s.at().isAfter(upstreamStart))
			.min(Comparator.comparing(Signal::at));
		if (before.isPresent()) {
			return before;
		}
		return ours.stream()
			.filter((s) -> s.at().isAfter(upstreamStart) && !s.at().isAfter(upstreamStart.plus(LOOK_BACK)))
			.min(Comparator.comparing(Signal::at));
	}

	/**
	 * An incident's first signal: its earliest attached alert group's first alert, or its
	 * declaration.
	 */
	private Signal signal(DeclaredOn incident) {
		Instant first = incident.declaredAt();
		for (AttachedGroup attached : this.incidents.groups(incident.number())) {
			Instant opened = this.alertGroups.find(attached.group()).map(AlertGroup::openedAt).orElse(null);
			if (opened != null && opened.isBefore(first)) {
				first = opened;
			}
		}
		return new Signal(incident.number(), incident.title(), first);
	}

	/**
	 * Our incident and when we first knew.
	 *
	 * @param incident its number
	 * @param title its title
	 * @param at our first signal
	 */
	public record Signal(long incident, String title, Instant at) {
	}

	/**
	 * One incident the provider published, and ours beside it.
	 *
	 * @param title the provider's title
	 * @param upstreamStart when the provider says it began (when Sharpend first saw it,
	 * if the page gives no start)
	 * @param url where a person reads it
	 * @param ours our first signal of the same trouble, null when we had none
	 */
	public record Comparison(String title, Instant upstreamStart, @Nullable String url, @Nullable Signal ours) {

		/** How much later the provider said so than we knew (negative: earlier). */
		public @Nullable Duration providerLag() {
			return (this.ours != null) ? Duration.between(this.ours.at(), this.upstreamStart) : null;
		}

		/** The lag in words, such as {@code 14 min after our first signal}. */
		public String lagText() {
			Duration lag = providerLag();
			if (lag == null) {
				return "no incident of ours within six hours";
			}
			long minutes = Math.abs(lag.toMinutes());
			String amount = (minutes < 120) ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
			if (lag.isZero() || minutes == 0) {
				return "at the same minute as our first signal";
			}
			return amount + (lag.isNegative() ? " before" : " after") + " our first signal";
		}

	}

}
