package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.system.AfterCommit;
import dev.sharpend.system.Timestamps;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Paging's own metrics: people paged, paged groups acknowledged, and how long the
 * acknowledgement took from the group's escalation starting. No label names a person, a
 * team or a group. The start is read from the escalation, so the node that records an
 * acknowledgement need not be the one that paged.
 */
@Component
class PagingMetrics {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Counter pages;

	private final Counter acknowledged;

	private final Timer timeToAcknowledge;

	PagingMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.pages = Counter.builder("sharpend.oncall.pages")
			.description("People paged by escalation steps (one per person and step)")
			.register(registry);
		this.acknowledged = Counter.builder("sharpend.oncall.acknowledged.groups")
			.description("Paged alert groups that were acknowledged")
			.register(registry);
		this.timeToAcknowledge = Timer.builder("sharpend.oncall.time.to.acknowledge")
			.description("From a paged alert group's escalation starting to its acknowledgement")
			.serviceLevelObjectives(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
					Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(30),
					Duration.ofHours(1))
			.register(registry);
	}

	@EventListener
	void paged(GroupPaged paged) {
		int people = paged.people().size();
		AfterCommit.run(() -> this.pages.increment(people));
	}

	@EventListener
	void acknowledged(AlertGroupAcknowledged acknowledgement) {
		// Read inside the acknowledging transaction, on its connection; only the counting
		// waits for the commit.
		Instant started = this.jdbc.sql("select created_at from oncall_escalation_run where group_id = :group")
			.param("group", acknowledgement.group())
			.query((rs, row) -> Timestamps.fromColumn(rs, "created_at"))
			.optional()
			.orElse(null);
		if (started != null) {
			Duration taken = Duration.between(started, this.clock.instant());
			AfterCommit.run(() -> {
				this.acknowledged.increment();
				this.timeToAcknowledge.record(taken);
			});
		}
	}

}
