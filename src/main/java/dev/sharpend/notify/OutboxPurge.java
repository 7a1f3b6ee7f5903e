package dev.sharpend.notify;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.JobRuns;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets delivered messages and never-confirmed e-mail subscriptions after their
 * retention, so the outbox and the subscriber list do not grow for ever. Runs once per
 * cluster each hour.
 */
@Component
class OutboxPurge {

	private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);

	private final JdbcClient jdbc;

	private final OutboxRetention retention;

	private final Clock clock;

	private final JobRuns runs;

	OutboxPurge(JdbcClient jdbc, OutboxRetention retention, Clock clock, JobRuns runs) {
		this.runs = runs;
		this.jdbc = jdbc;
		this.retention = retention;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	@SchedulerLock(name = "notify-outbox-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	void tick() {
		try {
			Purged purged = purge(this.clock.instant());
			this.runs.succeeded("notify-outbox-purge");
			if (purged.deliveries() + purged.subscribers() > 0) {
				log.info("Forgot {} delivered messages and {} unconfirmed subscriptions", purged.deliveries(),
						purged.subscribers());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not purge the outbox: {}", ex.getMessage());
		}
	}

	@Transactional
	Purged purge(Instant now) {
		int deliveries = this.jdbc
			.sql("delete from notify_delivery where state = 'DELIVERED' and delivered_at < :cutoff")
			.param("cutoff", Timestamps.toColumn(now.minus(this.retention.delivered())))
			.update();
		int subscribers = this.jdbc
			.sql("delete from notify_subscriber where confirmed_at is null and created_at < :cutoff")
			.param("cutoff", Timestamps.toColumn(now.minus(this.retention.unconfirmed())))
			.update();
		return new Purged(deliveries, subscribers);
	}

	record Purged(int deliveries, int subscribers) {
	}

}
