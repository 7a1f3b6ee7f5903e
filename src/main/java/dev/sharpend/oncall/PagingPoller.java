package dev.sharpend.oncall;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every node polls for due escalation steps and notifications. Work is taken in batches,
 * each in a transaction of its own holding the rows it claimed, so nodes share a storm
 * and a node that dies mid-batch leaves its rows to the next poll of another.
 */
@Component
class PagingPoller {

	private static final int BATCH = 50;

	private final Escalations escalations;

	private final AcknowledgementTimeouts timeouts;

	private final PageDispatch dispatch;

	private final TransactionTemplate transaction;

	PagingPoller(Escalations escalations, AcknowledgementTimeouts timeouts, PageDispatch dispatch,
			PlatformTransactionManager transactions) {
		this.escalations = escalations;
		this.timeouts = timeouts;
		this.dispatch = dispatch;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${sharpend.oncall.poll-interval:PT1S}")
	void poll() {
		runDue();
	}

	/**
	 * Returns groups whose acknowledgement ran out to triggered, fires due steps (theirs
	 * included), then sends due notifications and digests, until none is left.
	 */
	void runDue() {
		while (inTransaction(() -> this.timeouts.fireDue(BATCH)) == BATCH) {
			// more may be due
		}
		while (inTransaction(() -> this.escalations.fireDue(BATCH)) == BATCH) {
			// more may be due
		}
		while (inTransaction(() -> this.dispatch.sendDue(BATCH)) == BATCH) {
			// more may be due
		}
		inTransaction(this.dispatch::sendDigests);
	}

	private int inTransaction(java.util.function.IntSupplier work) {
		Integer done = this.transaction.execute((status) -> work.getAsInt());
		return (done != null) ? done : 0;
	}

}
