package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.JobRuns;
import dev.sharpend.system.RequestRejected;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts and completes maintenances by themselves when their schedule says so. On several
 * nodes the scheduled run holds a cluster-wide lock, and each notice moves on in its own
 * transaction that only commits if the notice still has the status it was read with (see
 * {@link NoticeRepository#save}), so a transition happens once even if two runs overlap.
 */
@Component
class MaintenanceSchedule {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceSchedule.class);

	private final NoticeRepository notices;

	private final StatusNotices statusNotices;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final JobRuns runs;

	MaintenanceSchedule(NoticeRepository notices, StatusNotices statusNotices,
			PlatformTransactionManager transactionManager, Clock clock, JobRuns runs) {
		this.runs = runs;
		this.notices = notices;
		this.statusNotices = statusNotices;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.maintenance-check-interval:PT15S}")
	@SchedulerLock(name = "statuspage-maintenance-schedule", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
	void tick() {
		try {
			runDue();
			this.runs.succeeded("statuspage-maintenance-schedule");
		}
		catch (RuntimeException ex) {
			log.warn("Could not check maintenance schedules: {}", ex.getMessage());
		}
	}

	/** Moves every due maintenance on; returns how many moved. */
	public int runDue() {
		Instant now = this.clock.instant();
		int moved = 0;
		for (Notice notice : this.notices.findDueMaintenances(now)) {
			try {
				this.transactions.executeWithoutResult((status) -> moveOn(notice, now));
				moved++;
			}
			catch (RequestRejected | ConcurrencyFailureException ex) {
				// Usually another node moved it first, or holds its components; this
				// transaction rolled back and the next run looks again.
				log.debug("Maintenance {} did not move on: {}", notice.id(), ex.getMessage());
			}
		}
		return moved;
	}

	private void moveOn(Notice notice, Instant now) {
		Schedule schedule = notice.schedule();
		if (schedule.autoCompleted() && !schedule.scheduledUntil().isAfter(now)) {
			if (notice.status() == NoticeStatus.SCHEDULED && schedule.autoInProgress()) {
				this.statusNotices.transition(notice, NoticeStatus.IN_PROGRESS, UpdateDraft.blank(),
						schedule.scheduledFor());
			}
			this.statusNotices.transition(notice, NoticeStatus.COMPLETED, UpdateDraft.blank(), now);
		}
		else if (notice.status() == NoticeStatus.SCHEDULED && schedule.autoInProgress()) {
			this.statusNotices.transition(notice, NoticeStatus.IN_PROGRESS, UpdateDraft.blank(), now);
		}
	}

}
