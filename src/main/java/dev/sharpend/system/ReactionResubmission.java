package dev.sharpend.system;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the reactions of modules to each other's events that have not completed:
 * those that failed, and those a node took on and never finished (it crashed, or was
 * stopped). Restarting a node does the same at once; this catches up while nodes keep
 * running. Once per cluster each interval.
 */
@Component
class ReactionResubmission {

	private static final Logger log = LoggerFactory.getLogger(ReactionResubmission.class);

	private final IncompleteEventPublications publications;

	private final JdbcClient jdbc;

	private final Duration after;

	private final Clock clock;

	private final JobRuns runs;

	ReactionResubmission(IncompleteEventPublications publications, JdbcClient jdbc,
			@Value("${sharpend.reactions.resubmit-after:PT2M}") Duration after, Clock clock, JobRuns runs) {
		this.runs = runs;
		this.publications = publications;
		this.jdbc = jdbc;
		this.after = after;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sharpend.reactions.resubmit-interval:PT1M}",
			initialDelayString = "${sharpend.reactions.resubmit-interval:PT1M}")
	@SchedulerLock(name = "reactions-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT0.5S")
	void tick() {
		try {
			// The registry takes a reaction it marked resubmitted for one still running
			// and
			// never resubmits it again; one left so by a node that went away has failed.
			int abandoned = this.jdbc
				.sql("update event_publication set status = 'FAILED' "
						+ "where status = 'RESUBMITTED' and last_resubmission_date < :cutoff")
				.param("cutoff", Timestamps.toColumn(this.clock.instant().minus(this.after)))
				.update();
			if (abandoned > 0) {
				log.info("{} resubmitted reactions did not finish; they are submitted again", abandoned);
			}
			this.publications.resubmitIncompletePublicationsOlderThan(this.after);
			this.runs.succeeded("reactions-resubmission");
		}
		catch (RuntimeException ex) {
			log.warn("Could not resubmit incomplete reactions: {}", ex.getMessage());
		}
	}

}
