package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import dev.sharpend.catalog.PageId;

import org.springframework.stereotype.Component;

/**
 * The status pages' own metrics: how old each page's snapshot is (since it was last
 * confirmed current against the database), how often snapshots are rebuilt, which way
 * requests were served and whether the last known state is being served because the
 * database does not answer. The only per-page label is the page's slug, which
 * administrators choose and which are few.
 */
@Component
public class StatusPageMetrics {

	private final MeterRegistry registry;

	private final Clock clock;

	private final Map<PageId, Instant> confirmed = new ConcurrentHashMap<>();

	private final Map<PageId, Gauge> ageGauges = new ConcurrentHashMap<>();

	private final AtomicInteger lastKnown = new AtomicInteger();

	private final Counter rebuilds;

	private final Counter direct;

	private final Counter application;

	private final Counter lastKnownResponses;

	StatusPageMetrics(MeterRegistry registry, Clock clock) {
		this.registry = registry;
		this.clock = clock;
		this.rebuilds = Counter.builder("sharpend.statuspage.snapshot.rebuilds")
			.description("Status page snapshots rendered again because their page changed")
			.register(registry);
		this.direct = responses("direct");
		this.application = responses("application");
		this.lastKnownResponses = Counter.builder("sharpend.statuspage.last.known.responses")
			.description("Status page documents served with the notice that the database does not answer")
			.register(registry);
		Gauge.builder("sharpend.statuspage.serving.last.known.state", this.lastKnown, AtomicInteger::get)
			.description("1 while status pages show their last known state because the database does not answer")
			.register(registry);
	}

	private Counter responses(String route) {
		return Counter.builder("sharpend.statuspage.responses")
			.description("Status page documents served from a snapshot: directly, before the security filters, "
					+ "or through the application (private pages, history, embeds)")
			.tag("route", route)
			.register(this.registry);
	}

	/** Counts a document served; {@code direct} when the fast path served it. */
	public void served(boolean direct, boolean lastKnownState) {
		(direct ? this.direct : this.application).increment();
		if (lastKnownState) {
			this.lastKnownResponses.increment();
		}
	}

	void rebuilt() {
		this.rebuilds.increment();
	}

	void databaseAnswers(boolean answers) {
		this.lastKnown.set(answers ? 0 : 1);
	}

	/** Notes that the page's snapshot matched the database just now. */
	void confirmed(PageId page, String slug) {
		this.confirmed.put(page, this.clock.instant());
		Gauge gauge = this.ageGauges.get(page);
		if (gauge != null && slug.equals(gauge.getId().getTag("page"))) {
			return;
		}
		if (gauge != null) {
			this.registry.remove(gauge);
		}
		this.ageGauges.put(page,
				Gauge.builder("sharpend.statuspage.snapshot.age", this.confirmed, (times) -> age(times.get(page)))
					.description("Time since the page's snapshot was last confirmed current against the database")
					.baseUnit("seconds")
					.tag("page", slug)
					.register(this.registry));
	}

	/** Drops the gauges of pages that no longer exist. */
	void retain(Set<PageId> pages) {
		this.ageGauges.entrySet().removeIf((entry) -> {
			if (pages.contains(entry.getKey())) {
				return false;
			}
			this.registry.remove(entry.getValue());
			this.confirmed.remove(entry.getKey());
			return true;
		});
	}

	private double age(Instant at) {
		return (at == null) ? 0 : Math.max(0, Duration.between(at, this.clock.instant()).toMillis() / 1000.0);
	}

}
