package dev.sharpend.search;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import dev.sharpend.system.ScrapeReading;

import org.springframework.stereotype.Component;

/**
 * How far this node's search index is behind the changes recorded by all nodes: how many
 * it has yet to apply and how long the oldest of them has waited. Each node has its own
 * index, so each reports its own lag. Read at scrape time, at most every few seconds.
 */
@Component
class SearchMetrics implements MeterBinder {

	private final ScrapeReading<SearchChangeRepository.Backlog> backlog;

	private final Clock clock;

	SearchMetrics(IndexSync sync, SearchChangeRepository changes, Clock clock) {
		this.clock = clock;
		this.backlog = new ScrapeReading<>(Duration.ofSeconds(5), new SearchChangeRepository.Backlog(0, null),
				() -> changes.after(Math.max(0, sync.appliedSequence())));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("sharpend.search.index.pending.changes", this.backlog, (b) -> b.get().changes())
			.description("Recorded changes this node's search index has yet to apply")
			.register(registry);
		Gauge.builder("sharpend.search.index.lag", this.backlog, this::lag)
			.description("How long the oldest change this node's search index has yet to apply has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private double lag(ScrapeReading<SearchChangeRepository.Backlog> reading) {
		SearchChangeRepository.Backlog current = reading.get();
		return (current.oldest() == null) ? 0
				: Math.max(0, Duration.between(current.oldest(), this.clock.instant()).toMillis() / 1000.0);
	}

}
