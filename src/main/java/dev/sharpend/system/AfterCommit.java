package dev.sharpend.system;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs in-memory work (a cache to drop, a counter to move, a page to re-render) once the
 * caller's transaction has committed, and at once outside a transaction.
 *
 * <p>
 * Use it from a plain {@code @EventListener} instead of a synchronous
 * {@code @TransactionalEventListener}: the event publication registry records every
 * after-commit listener and marks it processing and completed in transactions of their
 * own, opened while the publisher still holds its connection. Under a burst each thread
 * then holds one connection and waits for a second, and a small pool stops for its
 * connection timeout. Reactions that must survive a crash are
 * {@code @ApplicationModuleListener}s; what is only in memory needs no record.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	/**
	 * @param work must not need a transaction: the caller's has ended, and a new one
	 * would take a second connection while the caller's is still held
	 */
	public static void run(Runnable work) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			work.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				work.run();
			}
		});
	}

}
