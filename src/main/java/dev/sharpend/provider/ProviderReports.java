package dev.sharpend.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.sharpend.catalog.Component;
import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.Components;
import dev.sharpend.catalog.PageId;
import dev.sharpend.catalog.StatusPeriod;
import dev.sharpend.provider.Spans.Span;
import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider cost us over 30, 90 and 365 days: the incidents and maintenances it
 * published, the hours it was unwell (by its published incidents and by what Sharpend
 * read of its status), and the hours our components mapped to it were degraded or down
 * while it was.
 */
@Service
@Transactional(readOnly = true)
public class ProviderReports {

	/** The windows reported, in days. */
	static final List<Integer> WINDOWS = List.of(30, 90, 365);

	private final ProviderRepository providers;

	private final ProviderReportRepository history;

	private final MappingRepository mappings;

	private final Components components;

	private final Clock clock;

	ProviderReports(ProviderRepository providers, ProviderReportRepository history, MappingRepository mappings,
			Components components, Clock clock) {
		this.providers = providers;
		this.history = history;
		this.mappings = mappings;
		this.components = components;
		this.clock = clock;
	}

	/**
	 * The provider's report.
	 * @throws RequestRejected when there is no such provider
	 */
	public ProviderReport report(ProviderId id) {
		Provider provider = this.providers.provider(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no provider " + id + "."));
		Instant now = this.clock.instant();
		Instant earliest = now.minus(Duration.ofDays(WINDOWS.get(WINDOWS.size() - 1)));
		List<Span> incidents = this.history.events(id, "incident", now);
		List<Span> maintenances = this.history.events(id, "maintenance", now);
		List<Span> unwell = new ArrayList<>(incidents);
		unwell.addAll(this.history.unwell(id, now));
		List<Component> ours = dependents(provider);
		List<Span> oursUnwell = oursUnwell(ours, earliest, now);
		List<ReportWindow> windows = new ArrayList<>();
		for (int days : WINDOWS) {
			Instant from = now.minus(Duration.ofDays(days));
			Spans provided = Spans.of(unwell, from, now);
			windows.add(new ReportWindow(days, startedWithin(incidents, from), startedWithin(maintenances, from),
					provided.total(), provided.intersect(Spans.of(oursUnwell, from, now)).total()));
		}
		return new ProviderReport(id, provider.name(), ours.stream().map(Component::name).toList(), windows);
	}

	/** Our components that depend on the provider or are mapped to its components. */
	private List<Component> dependents(Provider provider) {
		Set<ComponentId> ids = new LinkedHashSet<>();
		provider.components().forEach((d) -> ids.add(d.component()));
		this.mappings.ofProvider(provider.id()).forEach((m) -> ids.add(m.component()));
		return ids.stream().map(this.components::find).flatMap(Optional::stream).toList();
	}

	private List<Span> oursUnwell(List<Component> ours, Instant from, Instant now) {
		Map<PageId, Set<ComponentId>> byPage = new LinkedHashMap<>();
		ours.forEach((c) -> byPage.computeIfAbsent(c.page(), (p) -> new LinkedHashSet<>()).add(c.id()));
		List<Span> spans = new ArrayList<>();
		byPage.forEach((page, ids) -> {
			for (StatusPeriod p : this.components.history(page, from, now)) {
				if (ids.contains(p.component()) && p.status() != ComponentStatus.OPERATIONAL
						&& p.status() != ComponentStatus.UNDER_MAINTENANCE) {
					Instant end = (p.endedAt() != null) ? p.endedAt() : now;
					spans.add(new Span(p.startedAt(), end));
				}
			}
		});
		return spans;
	}

	private static int startedWithin(List<Span> events, Instant from) {
		return (int) events.stream().filter((s) -> !s.start().isBefore(from)).count();
	}

	/**
	 * A provider's report.
	 *
	 * @param provider the provider
	 * @param name its name
	 * @param components our components that depend on it or are mapped to it
	 * @param windows the figures for 30, 90 and 365 days
	 */
	public record ProviderReport(ProviderId provider, String name, List<String> components,
			List<ReportWindow> windows) {
	}

	/**
	 * The figures of one window, ending now.
	 *
	 * @param days its length
	 * @param incidents the incidents the provider published that began in it
	 * @param maintenances the maintenances it published that began in it
	 * @param providerUnwell how long the provider was unwell: its published incidents and
	 * the time Sharpend read it as degraded or in an outage, counted once
	 * @param oursUnwellMeanwhile how long those components were degraded or down while
	 * the provider was unwell
	 */
	public record ReportWindow(int days, int incidents, int maintenances, Duration providerUnwell,
			Duration oursUnwellMeanwhile) {

		/** The provider's unwell time in hours, one decimal. */
		public String providerHours() {
			return hours(this.providerUnwell);
		}

		/** Our components' time in hours, one decimal. */
		public String oursHours() {
			return hours(this.oursUnwellMeanwhile);
		}

		private static String hours(Duration d) {
			return String.format(Locale.ROOT, "%.1f", d.toSeconds() / 3600.0);
		}

	}

}
