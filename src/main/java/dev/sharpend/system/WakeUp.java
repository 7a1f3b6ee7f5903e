package dev.sharpend.system;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a background worker's poll as soon as work for it has been committed, rather than
 * at its next tick, on a thread of its own. Wake-ups that arrive while a run is queued
 * collapse into that run, so a burst of commits costs one or two runs, not one each. The
 * worker's schedule stays as the safety net for wake-ups lost to a crash or another node.
 */
public final class WakeUp implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(WakeUp.class);

	private final ExecutorService thread;

	private final AtomicBoolean queued = new AtomicBoolean();

	private final Runnable run;

	/**
	 * @param name the thread's name, as it shows in thread dumps
	 * @param run the poll; its failures are logged, the next tick tries again
	 */
	public WakeUp(String name, Runnable run) {
		this.run = run;
		this.thread = Executors.newSingleThreadExecutor((r) -> {
			Thread t = new Thread(r, name);
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Wakes the worker once the caller's transaction has committed (at once outside a
	 * transaction); nothing happens when it rolls back.
	 */
	public void afterCommit() {
		AfterCommit.run(this::now);
	}

	/** Wakes the worker now. */
	public void now() {
		if (this.queued.compareAndSet(false, true)) {
			try {
				this.thread.execute(() -> {
					this.queued.set(false);
					try {
						this.run.run();
					}
					catch (RuntimeException ex) {
						log.warn("A woken background run failed; its schedule will try again: {}", ex.getMessage());
					}
				});
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// Shutting down: the work stays committed for the next start.
				this.queued.set(false);
			}
		}
	}

	@Override
	public void close() {
		this.thread.shutdownNow();
	}

}
