package dev.sharpend.oncall;

import java.time.Clock;
import java.util.List;

import dev.sharpend.alert.AlertGroupAcknowledged;
import dev.sharpend.alert.AlertGroupResolved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * An acknowledgement stops a group's escalation and the notifications not sent yet; a
 * resolution stops everything.
 */
@Component
class EscalationStops {

	private final EscalationRunRepository runs;

	private final PageRecordRepository pages;

	private final AcknowledgementTimeouts timeouts;

	private final Clock clock;

	EscalationStops(EscalationRunRepository runs, PageRecordRepository pages, AcknowledgementTimeouts timeouts,
			Clock clock) {
		this.runs = runs;
		this.pages = pages;
		this.timeouts = timeouts;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AlertGroupAcknowledged event) {
		this.runs.stop(event.group(), EscalationRun.State.ACKNOWLEDGED,
				List.of(EscalationRun.State.ACTIVE, EscalationRun.State.EXHAUSTED), this.clock.instant());
		this.pages.cancelOpen(event.group());
		this.timeouts.arm(event.group());
	}

	@ApplicationModuleListener
	void on(AlertGroupResolved event) {
		this.runs.stop(event.group(), EscalationRun.State.RESOLVED,
				List.of(EscalationRun.State.ACTIVE, EscalationRun.State.ACKNOWLEDGED, EscalationRun.State.EXHAUSTED),
				this.clock.instant());
		this.pages.cancelOpen(event.group());
	}

}
