package dev.sharpend.oncall;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs this node's poll as soon as a group's first step has fired, rather than at the
 * next tick, so that its page leaves at once. One thread sends for the node, so a storm's
 * pages do not queue for each other's per-person locks; wake-ups while it runs collapse
 * into one more run.
 */
@Component
class PagingWakeUp {

	private final ExecutorService thread = Executors.newSingleThreadExecutor((r) -> {
		Thread t = new Thread(r, "paging-wake-up");
		t.setDaemon(true);
		return t;
	});

	private final AtomicBoolean queued = new AtomicBoolean();

	private final ObjectProvider<PagingPoller> poller;

	PagingWakeUp(ObjectProvider<PagingPoller> poller) {
		this.poller = poller;
	}

	/** Wakes the poll once the caller's transaction committed. */
	void afterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				wake();
			}
		});
	}

	private void wake() {
		if (this.queued.compareAndSet(false, true)) {
			this.thread.execute(() -> {
				this.queued.set(false);
				this.poller.getObject().runDue();
			});
		}
	}

	@PreDestroy
	void stop() {
		this.thread.shutdownNow();
	}

}
