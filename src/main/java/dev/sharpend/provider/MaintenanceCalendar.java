package dev.sharpend.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.provider.ComponentMappings.UpstreamMaintenance;
import dev.sharpend.provider.OurComponents.OurComponent;
import dev.sharpend.provider.UpstreamRepository.ProviderEvent;
import dev.sharpend.statuspage.Notice;
import dev.sharpend.statuspage.NoticeKind;
import dev.sharpend.statuspage.Schedule;
import dev.sharpend.statuspage.StatusNotices;
import dev.sharpend.statuspage.StatusPage;
import dev.sharpend.statuspage.StatusPages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The maintenance calendar: the maintenances our providers announced that touch a
 * component of ours through a mapping, next to the maintenances our own status pages
 * announce, over the recent past and the coming weeks.
 */
@Service
@Transactional(readOnly = true)
public class MaintenanceCalendar {

	/** How far back the calendar and its feed look. */
	public static final Duration PAST = Duration.ofDays(14);

	/** How far ahead the calendar and its feed look. */
	public static final Duration AHEAD = Duration.ofDays(56);

	/** The most maintenances of one status page read, newest planned first. */
	private static final int OWN_PER_PAGE = 200;

	private final UpstreamRepository upstream;

	private final MappingRepository mappings;

	private final ProviderRepository providers;

	private final StatusPages pages;

	private final StatusNotices notices;

	private final OurComponents ours;

	private final Clock clock;

	MaintenanceCalendar(UpstreamRepository upstream, MappingRepository mappings, ProviderRepository providers,
			StatusPages pages, StatusNotices notices, OurComponents ours, Clock clock) {
		this.upstream = upstream;
		this.mappings = mappings;
		this.providers = providers;
		this.pages = pages;
		this.notices = notices;
		this.ours = ours;
		this.clock = clock;
	}

	/** From two weeks back to eight weeks ahead of now. */
	public Range range() {
		Instant now = this.clock.instant();
		return new Range(now.minus(PAST), now.plus(AHEAD), now);
	}

	/**
	 * The providers' maintenances that touch a component of ours through a mapping (or
	 * name no component, so may touch any mapped one) and meet the range or are still
	 * open, in the order they start.
	 */
	public List<UpstreamMaintenance> upstream(Instant from, Instant to) {
		Map<ProviderId, List<ComponentMapping>> byProvider = this.mappings
			.ofComponents(this.mappings.mappedComponents())
			.stream()
			.collect(Collectors.groupingBy(ComponentMapping::provider));
		Map<ProviderId, String> names = this.providers.providers()
			.stream()
			.collect(Collectors.toMap(Provider::id, Provider::name));
		List<UpstreamMaintenance> found = new ArrayList<>();
		for (ProviderEvent stored : this.upstream.maintenances(from, to)) {
			List<ComponentId> touched = ComponentMappings.touched(stored.event(),
					byProvider.getOrDefault(stored.provider(), List.of()));
			if (!touched.isEmpty()) {
				found.add(new UpstreamMaintenance(stored.provider(),
						names.getOrDefault(stored.provider(), "A provider"), stored.event(), touched));
			}
		}
		return found;
	}

	/**
	 * Everything on the calendar in the range, ours and upstream, in the order it starts.
	 */
	public List<Entry> entries(Range range) {
		Map<ComponentId, OurComponent> known = this.ours.byId();
		Function<ComponentId, String> name = (id) -> {
			OurComponent c = known.get(id);
			return (c != null) ? c.name() : "a removed component";
		};
		List<Entry> entries = new ArrayList<>();
		for (UpstreamMaintenance m : upstream(range.from(), range.to())) {
			WatchedEvent e = m.event();
			entries.add(new Entry(m.providerName(), true, e.title(), e.state().code().replace('_', ' '),
					(e.startedAt() != null) ? e.startedAt() : e.firstSeenAt(), e.startedAt() != null, e.endedAt(),
					m.components().stream().map(name).toList(), "/providers/" + m.provider() + "/upstream"));
		}
		for (StatusPage page : this.pages.all()) {
			for (Notice n : this.notices.recent(page.id(), NoticeKind.MAINTENANCE, OWN_PER_PAGE)) {
				Schedule s = n.schedule();
				if (s != null && !s.scheduledFor().isAfter(range.to()) && !s.scheduledUntil().isBefore(range.from())) {
					entries.add(new Entry(page.name(), false, n.name(), n.status().label(), s.scheduledFor(), true,
							s.scheduledUntil(), n.affected().keySet().stream().map(name).sorted().toList(),
							"/status-pages/" + page.id() + "#maintenances"));
				}
			}
		}
		entries.sort(Comparator.comparing(Entry::start).thenComparing(Entry::title));
		return entries;
	}

	/**
	 * The span of time the calendar shows.
	 *
	 * @param from its start
	 * @param to its end
	 * @param now when it was computed
	 */
	public record Range(Instant from, Instant to, Instant now) {
	}

	/**
	 * One maintenance on the calendar.
	 *
	 * @param source the provider that announced it, or our status page that does
	 * @param upstream whether a provider announced it
	 * @param title its title
	 * @param state where it stands, in words
	 * @param start when it is planned to start (when first read, if the provider gave no
	 * start)
	 * @param startKnown whether the start was announced
	 * @param end when it is planned to end, null when not announced
	 * @param components the names of our components it touches
	 * @param link where to read more in Sharpend
	 */
	public record Entry(String source, boolean upstream, String title, String state, Instant start, boolean startKnown,
			@Nullable Instant end, List<String> components, String link) {
	}

}
