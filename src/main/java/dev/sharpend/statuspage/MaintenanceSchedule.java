package dev.sharpend.statuspage;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.RequestRejected;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts and completes maintenances by themselves when their schedule says so. Each
 * transition is a conditional state change inside one transaction, so a notice moves once
 * however often or on however many nodes this runs.
 */
@Component
class MaintenanceSchedule {

	private static final Logger log = LoggerFactory.getLogger(MaintenanceSchedule.class);

	private final NoticeRepository notices;

	private final StatusNotices statusNotices;

	private final Clock clock;

	MaintenanceSchedule(NoticeRepository notices, StatusNotices statusNotices, Clock clock) {
		this.notices = notices;
		this.statusNotices = statusNotices;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sharpend.statuspage.maintenance-check-interval:PT15S}")
	void tick() {
		try {
			runDue();
		}
		catch (RuntimeException ex) {
			log.warn("Could not check maintenance schedules: {}", ex.getMessage());
		}
	}

	/** Moves every due maintenance on; returns how many moved. */
	@Transactional
	public int runDue() {
		Instant now = this.clock.instant();
		List<Notice> due = this.notices.findDueMaintenances(now);
		for (Notice notice : due) {
			Schedule schedule = notice.schedule();
			try {
				if (schedule.autoCompleted() && !schedule.scheduledUntil().isAfter(now)) {
					if (notice.status() == NoticeStatus.SCHEDULED && schedule.autoInProgress()) {
						this.statusNotices.transition(notice, NoticeStatus.IN_PROGRESS, empty(),
								schedule.scheduledFor());
					}
					this.statusNotices.transition(notice, NoticeStatus.COMPLETED, empty(), now);
				}
				else if (notice.status() == NoticeStatus.SCHEDULED && schedule.autoInProgress()) {
					this.statusNotices.transition(notice, NoticeStatus.IN_PROGRESS, empty(), now);
				}
			}
			catch (RequestRejected ex) {
				log.warn("Maintenance {} could not move on: {}", notice.id(), ex.getMessage());
			}
		}
		return due.size();
	}

	private static UpdateDraft empty() {
		return new UpdateDraft(null, null, null, true, null);
	}

}
