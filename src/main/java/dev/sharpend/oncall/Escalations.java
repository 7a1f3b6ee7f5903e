package dev.sharpend.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.sharpend.alert.AlertGroupStatus;
import dev.sharpend.alert.AlertGroupTriggered;
import dev.sharpend.alert.AlertGroups;
import dev.sharpend.identity.UserId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Escalation of triggered alert groups: a group that a route sends to a policy pages the
 * first step's targets at once and each later step after the previous step's delay, until
 * someone acknowledges, the group resolves or every round fired. Each firing happens in
 * the transaction that holds the escalation's row, so one node fires it, once.
 */
@Service
class Escalations {

	private final EscalationRunRepository runs;

	private final EscalationPolicies policies;

	private final StepTargets targets;

	private final PageRecordRepository pages;

	private final PageNotifier notifier;

	private final AlertGroups groups;

	private final PagingRecords records;

	private final PagingWakeUp wakeUp;

	private final Clock clock;

	Escalations(EscalationRunRepository runs, EscalationPolicies policies, StepTargets targets,
			PageRecordRepository pages, PageNotifier notifier, AlertGroups groups, PagingRecords records,
			PagingWakeUp wakeUp, Clock clock) {
		this.runs = runs;
		this.policies = policies;
		this.targets = targets;
		this.pages = pages;
		this.notifier = notifier;
		this.groups = groups;
		this.records = records;
		this.wakeUp = wakeUp;
		this.clock = clock;
	}

	/**
	 * Starts escalating a new group its integration routes to a policy, and fires the
	 * first step right away. Runs after intake committed, never in its transaction.
	 */
	@ApplicationModuleListener
	void on(AlertGroupTriggered event) {
		long group = event.group();
		Optional<Route> route = this.groups.find(group)
			.flatMap((g) -> this.policies.route(g.integration(), this.groups.labels(group)));
		if (route.isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		EscalationRun run = new EscalationRun(group, route.get().policy(), route.get().urgency(),
				abbreviated(event.title()), 0, 0, now, EscalationRun.State.ACTIVE);
		if (this.runs.start(run, now)) {
			this.runs.claim(group, now).ifPresent((claimed) -> fire(claimed, now));
			this.wakeUp.afterCommit();
		}
	}

	/**
	 * Fires up to {@code limit} due steps.
	 * @return how many were due
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int fireDue(int limit) {
		Instant now = this.clock.instant();
		List<EscalationRun> due = this.runs.claimDue(now, limit);
		due.forEach((run) -> fire(run, now));
		return due.size();
	}

	/** Pages the step's targets and schedules what comes next. */
	private void fire(EscalationRun run, Instant now) {
		// an acknowledgement or resolution whose own reaction has not run yet
		if (!this.groups.find(run.group()).map((g) -> g.status() == AlertGroupStatus.TRIGGERED).orElse(false)) {
			this.runs.stop(run.group(), EscalationRun.State.ACKNOWLEDGED, List.of(EscalationRun.State.ACTIVE), now);
			return;
		}
		Optional<EscalationPolicy> found = this.policies.find(run.policy());
		if (found.isEmpty() || found.get().steps().isEmpty()) {
			this.runs.stop(run.group(), EscalationRun.State.EXHAUSTED, List.of(EscalationRun.State.ACTIVE), now);
			return;
		}
		EscalationPolicy policy = found.get();
		int stepIndex = Math.min(run.nextStep(), policy.steps().size() - 1);
		EscalationStep step = policy.steps().get(stepIndex);
		int turn = this.runs.turns(policy.id(), stepIndex);
		if (this.runs.fired(run, now, "")) {
			StepTargets.Resolution resolution = this.targets.resolve(policy.team(), step, turn, now);
			List<String> notes = new ArrayList<>(resolution.notes());
			for (UserId person : resolution.people()) {
				this.pages.add(run.group(), person, stepIndex, run.round(), now).ifPresent((page) -> plan(page, run));
			}
			if (resolution.people().isEmpty()) {
				notes.add("Nobody was paged.");
			}
			this.runs.note(run.group(), run.nextStep(), run.round(), String.join(" ", notes));
			this.records.stepFired(run, stepIndex, resolution, now);
		}
		schedule(run, policy, step, now);
	}

	private void plan(Page page, EscalationRun run) {
		for (PlannedContact contact : this.notifier.plan(page.person(), run.urgency(), page.at())) {
			this.pages.addNotification(page, contact, false, PageNotification.State.PENDING, null);
		}
	}

	private void schedule(EscalationRun run, EscalationPolicy policy, EscalationStep step, Instant now) {
		Instant next = now.plus(step.delay());
		if (run.nextStep() + 1 < policy.steps().size()) {
			this.runs.advance(run.group(), run.nextStep() + 1, run.round(), next, now);
		}
		else if (run.round() - run.firstRound() < policy.repeat()) {
			this.runs.advance(run.group(), 0, run.round() + 1, next, now);
		}
		else {
			this.runs.stop(run.group(), EscalationRun.State.EXHAUSTED, List.of(EscalationRun.State.ACTIVE), now);
		}
	}

	private static String abbreviated(String title) {
		return (title.length() > 500) ? title.substring(0, 499) + "…" : title;
	}

}
