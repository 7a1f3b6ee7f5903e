package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.sharpend.alert.AlertGroup;
import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.incident.IncidentResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acknowledgements that time out, where the group's policy says so: a group neither
 * resolved nor acknowledged again in time returns to triggered, and its escalation starts
 * over at step 1. The timeout is claimed from the escalation's row like a due step, so
 * one node undoes it, once.
 */
@Component
class AcknowledgementTimeouts {

	private static final String AUTHOR = "sharpend";

	private final AcknowledgeTimeoutRepository timeouts;

	private final EscalationRunRepository runs;

	private final EscalationPolicies policies;

	private final AlertGroups groups;

	private final IncidentResponse incidents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AcknowledgementTimeouts(AcknowledgeTimeoutRepository timeouts, EscalationRunRepository runs,
			EscalationPolicies policies, AlertGroups groups, IncidentResponse incidents,
			ApplicationEventPublisher events, Clock clock) {
		this.timeouts = timeouts;
		this.runs = runs;
		this.policies = policies;
		this.groups = groups;
		this.incidents = incidents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets when the group's acknowledgement runs out, counted from the acknowledgement
	 * itself rather than from this reaction to it, if its policy lets it time out.
	 */
	void arm(long group) {
		this.groups.find(group)
			.filter((g) -> g.status() == AlertGroupStatus.ACKNOWLEDGED && g.acknowledgedAt() != null)
			.ifPresent((g) -> this.runs.find(group)
				.flatMap((run) -> this.policies.find(run.policy()))
				.map(EscalationPolicy::acknowledgeTimeout)
				.ifPresent((timeout) -> this.timeouts.arm(group, g.acknowledgedAt().plus(timeout))));
	}

	/**
	 * Returns up to {@code limit} groups whose acknowledgement ran out to triggered, and
	 * makes their first step due now.
	 * @return how many were due
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int fireDue(int limit) {
		Instant now = this.clock.instant();
		List<AcknowledgeTimeoutRepository.Due> due = this.timeouts.claimDue(now, limit);
		due.forEach((d) -> timeOut(d, now));
		return due.size();
	}

	private void timeOut(AcknowledgeTimeoutRepository.Due due, Instant now) {
		this.timeouts.disarm(due.group());
		AlertGroup group = this.groups.find(due.group()).orElse(null);
		// resolved meanwhile, or acknowledged by someone else after being reopened by
		// hand
		if (group == null || group.status() != AlertGroupStatus.ACKNOWLEDGED || group.acknowledgedAt() == null) {
			return;
		}
		AcknowledgementTimedOut timedOut = new AcknowledgementTimedOut(group.id(),
				String.valueOf(group.acknowledgedBy()), Duration.between(group.acknowledgedAt(), due.at()).toMinutes(),
				now);
		if (this.groups.unacknowledge(group.id(), group.acknowledgedAt(), timedOut.text())) {
			this.timeouts.restart(group.id(), now);
			this.timeouts.record(timedOut, group.acknowledgedAt());
			this.events.publishEvent(timedOut);
		}
	}

	@ApplicationModuleListener
	void on(AcknowledgementTimedOut event) {
		this.groups.find(event.group())
			.filter(AlertGroup::handled)
			.ifPresent((group) -> this.incidents.addNote(group.incident(),
					event.text("Alert group #" + group.id() + " (" + group.rule() + ")"), AUTHOR));
	}

}
