package dev.sharpend.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far behind the reactions of modules to each other's events are: how many are
 * incomplete in the event publication registry and how old the oldest is. A reaction that
 * keeps failing (a listener that throws) shows here long before anybody notices what it
 * should have done.
 */
@Component
class ReactionMetrics implements MeterBinder {

	private final ScrapeReading<Backlog> backlog;

	private final Clock clock;

	ReactionMetrics(JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.backlog = new ScrapeReading<>(Duration.ofSeconds(5), new Backlog(0, null),
				() -> jdbc
					.sql("select count(*) as incomplete, min(publication_date) as oldest from event_publication"
							+ " where completion_date is null")
					.query((rs, row) -> new Backlog(rs.getLong("incomplete"), Timestamps.fromColumn(rs, "oldest")))
					.single());
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("sharpend.event.publications.incomplete", this.backlog, (b) -> b.get().incomplete())
			.description("Reactions to events that have not completed yet (running, failed or waiting to run again)")
			.register(registry);
		Gauge.builder("sharpend.event.publications.oldest.incomplete.age", this.backlog, this::oldestAge)
			.description("Age of the oldest incomplete reaction to an event (0 when none is)")
			.baseUnit("seconds")
			.register(registry);
	}

	private double oldestAge(ScrapeReading<Backlog> reading) {
		Instant oldest = reading.get().oldest();
		return (oldest == null) ? 0 : Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0);
	}

	private record Backlog(long incomplete, @Nullable Instant oldest) {

	}

}
