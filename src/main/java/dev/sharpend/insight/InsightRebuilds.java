package dev.sharpend.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;
import dev.sharpend.system.RequestRejected;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a rebuild of the insight figures in the background on this node, one at a time,
 * and tells how far it got: at a million alert groups it takes minutes.
 */
@Component
class InsightRebuilds {

	private static final Logger log = LoggerFactory.getLogger(InsightRebuilds.class);

	private final InsightRollup rollup;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);

	InsightRebuilds(InsightRollup rollup, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.rollup = rollup;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Starts a rebuild.
	 * @throws RequestRejected (conflict) while one runs
	 */
	Progress start(String by) {
		Instant now = this.clock.instant();
		Progress started = new Progress(State.RUNNING, now, null, 0, null);
		Progress before = this.progress.get();
		if (before.state() == State.RUNNING || !this.progress.compareAndSet(before, started)) {
			throw RequestRejected.conflict(null,
					"A rebuild is running on this node; follow it with GET /api/v1/insights/rebuild.");
		}
		this.transaction.executeWithoutResult((status) -> this.events.publishEvent(new InsightsRebuilt(by)));
		Thread worker = new Thread(() -> run(started), "insight-rebuild");
		worker.setDaemon(true);
		worker.start();
		return started;
	}

	Progress progress() {
		return this.progress.get();
	}

	private void run(Progress started) {
		try {
			int groups = this.rollup.rebuild(
					(done) -> this.progress.set(new Progress(State.RUNNING, started.startedAt(), null, done, null)));
			this.progress.set(new Progress(State.DONE, started.startedAt(), this.clock.instant(), groups, null));
		}
		catch (RuntimeException ex) {
			log.warn("The insight rebuild failed: {}", ex.getMessage());
			Progress last = this.progress.get();
			this.progress.set(new Progress(State.FAILED, started.startedAt(), this.clock.instant(), last.groups(),
					String.valueOf(ex.getMessage())));
		}
	}

	/** Where a rebuild stands. */
	enum State {

		NEVER, RUNNING, DONE, FAILED

	}

	/**
	 * How far the latest rebuild on this node got.
	 *
	 * @param state where it stands
	 * @param startedAt when it started
	 * @param finishedAt when it finished
	 * @param groups alert groups classified so far
	 * @param problem why it failed
	 */
	record Progress(State state, @Nullable Instant startedAt, @Nullable Instant finishedAt, int groups,
			@Nullable String problem) {

		static final Progress NEVER = new Progress(State.NEVER, null, null, 0, null);

	}

	/**
	 * Someone started a rebuild of the insight figures.
	 *
	 * @param by who
	 */
	@Audited(action = "insight.rebuild_started", target = "insight")
	record InsightsRebuilt(String by) implements AuditedChange {
	}

}
