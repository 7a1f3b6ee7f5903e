package dev.sharpend.system;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.Eventually;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

class WakeUpTests {

	@Test
	void runsOnlyOnceTheTransactionHasCommittedAndNotAfterARollback() {
		AtomicInteger runs = new AtomicInteger();
		try (WakeUp wakeUp = new WakeUp("test-wake-up", runs::incrementAndGet)) {
			TransactionSynchronizationManager.initSynchronization();
			try {
				wakeUp.afterCommit();
				assertThat(runs).as("nothing runs before the commit").hasValue(0);
				TransactionSynchronizationManager.getSynchronizations()
					.forEach(TransactionSynchronization::afterCommit);
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
			Eventually.await("the run after the commit", () -> runs.get() == 1);

			TransactionSynchronizationManager.initSynchronization();
			try {
				wakeUp.afterCommit();
				TransactionSynchronizationManager.getSynchronizations()
					.forEach((s) -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
			wakeUp.now();
			Eventually.await("the next run", () -> runs.get() == 2);
			assertThat(runs).as("the rolled-back wake-up ran nothing of its own").hasValue(2);
		}
	}

	@Test
	void wakeUpsDuringARunCollapseIntoOneMoreRun() throws InterruptedException {
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		try (WakeUp wakeUp = new WakeUp("test-wake-up", () -> {
			if (runs.incrementAndGet() == 1) {
				started.countDown();
				await(release);
			}
		})) {
			wakeUp.now();
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 50; i++) {
				wakeUp.now();
			}
			release.countDown();
			Eventually.await("the one run the burst asked for", () -> runs.get() == 2);
			wakeUp.now();
			Eventually.await("a later wake-up", () -> runs.get() == 3);
		}
		assertThat(runs).hasValue(3);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
