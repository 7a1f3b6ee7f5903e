package dev.sharpend.alert;

import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.catalog.ComponentMaintenance;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for intake: deliveries from many requests are written by one writer thread
 * in one transaction, and each request waits until the transaction holding its alerts has
 * committed before it is answered. One commit (one disk sync) then serves many requests.
 * When a batch fails, each of its deliveries is tried again alone, so one bad delivery
 * fails only itself: with a 400 when the database refused its values, else a 503. When
 * the database cannot be reached, the whole batch fails at once and its requests get 503,
 * with nothing stored.
 */
@Component
class IntakeBatcher {

	private static final Logger log = LoggerFactory.getLogger(IntakeBatcher.class);

	/** How often an idle writer checks whether it is being stopped. */
	private static final long IDLE_POLL = TimeUnit.MILLISECONDS.toNanos(100);

	private final BlockingQueue<Submission<?>> queue;

	private final AlertProperties properties;

	private final TransactionTemplate transactions;

	private final IntakeBatch.Factory batches;

	private final ApplicationEventPublisher events;

	private final LastSeenBuffer lastSeen;

	private final IntakeMetrics metrics;

	private final Thread writer;

	/**
	 * When the buffered last-seen times were last written ({@link System#nanoTime()}).
	 */
	private volatile long lastFlush = System.nanoTime();

	private volatile boolean running = true;

	private Submission<?> carried;

	IntakeBatcher(AlertProperties properties, PlatformTransactionManager transactions, AlertRepository alerts,
			Silences silences, ComponentMaintenance maintenance, LastSeenBuffer lastSeen,
			ApplicationEventPublisher events, Clock clock, IntakeMetrics metrics) {
		this.properties = properties;
		this.metrics = metrics;
		this.events = events;
		this.queue = new LinkedBlockingQueue<>(properties.queueCapacity());
		this.transactions = new TransactionTemplate(transactions);
		this.batches = new IntakeBatch.Factory(alerts, silences, maintenance, clock);
		this.lastSeen = lastSeen;
		metrics.watch(this.queue, properties.queueCapacity(), (q) -> flushLagSeconds());
		this.writer = new Thread(this::run, "alert-intake-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Runs the work in the next group-commit transaction and returns its result once that
	 * transaction has committed.
	 * @param weight how many alerts the work writes, to bound a batch
	 * @param keys the alerts it reads, fetched for the whole batch at once
	 * @throws AlertIntake.IntakeUnavailable when it could not be stored
	 */
	<T> T submit(int weight, List<IntakeBatch.AlertKey> keys, Function<IntakeBatch, T> work) {
		Submission<T> submission = new Submission<>(weight, keys, work, new CompletableFuture<>());
		if (!this.running || !this.queue.offer(submission)) {
			throw new AlertIntake.IntakeUnavailable(
					"Sharpend is receiving more alerts than it can store right now; nothing was stored. Try again.");
		}
		try {
			return submission.result().get(this.properties.commitTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RequestRejected rejected) {
				throw rejected;
			}
			if (IntakeLimits.refusedData(ex.getCause())) {
				throw refused(ex.getCause());
			}
			throw new AlertIntake.IntakeUnavailable("The alerts could not be stored ("
					+ ex.getCause().getClass().getSimpleName() + "); nothing was stored. Try again.", ex.getCause());
		}
		catch (TimeoutException | InterruptedException ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			// a batch that has not started leaves it out; one that has may still store it
			submission.result().cancel(false);
			throw new AlertIntake.IntakeUnavailable(
					"Storing the alerts took too long; they may or may not be stored. Send them again.");
		}
	}

	/**
	 * The database refused this delivery's values (it was written alone by then, so they
	 * are its own): sending it again would fail the same way, so it is a 400, not a 503.
	 */
	private static RequestRejected refused(Throwable failure) {
		java.sql.SQLException sql = IntakeLimits.dataException(failure);
		String reason = String.valueOf(sql.getMessage()).lines().findFirst().orElse("");
		log.warn("The database refused an alert delivery's values (SQLState {}): {}", sql.getSQLState(),
				IncomingAlert.truncate(reason, 500));
		return RequestRejected.invalid(null,
				"The database refused a value of this delivery (SQLState " + sql.getSQLState() + ": "
						+ IncomingAlert.truncate(reason, 200)
						+ "). Nothing of the delivery was stored; sending it again will fail the same way.");
	}

	private void run() {
		long flushEvery = this.properties.lastSeenFlushInterval().toNanos();
		long nextFlush = System.nanoTime() + flushEvery;
		while (this.running || this.carried != null || !this.queue.isEmpty()) {
			try {
				Submission<?> first = (this.carried != null) ? this.carried
						: this.queue.poll(Math.min(IDLE_POLL, nextFlush - System.nanoTime()), TimeUnit.NANOSECONDS);
				this.carried = null;
				if (first != null) {
					List<Submission<?>> batch = collect(first);
					long start = System.nanoTime();
					write(batch);
					log.debug("Wrote {} deliveries in one transaction in {} us", batch.size(),
							(System.nanoTime() - start) / 1000);
				}
				if (System.nanoTime() - nextFlush >= 0) {
					flushLastSeen();
					nextFlush = System.nanoTime() + flushEvery;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				log.error("Alert intake writer failed; continuing", ex);
			}
		}
		flushLastSeen();
	}

	/**
	 * Takes queued deliveries up to the batch size, waiting up to the linger time for
	 * more.
	 */
	private List<Submission<?>> collect(Submission<?> first) throws InterruptedException {
		List<Submission<?>> batch = new ArrayList<>();
		batch.add(first);
		int weight = first.weight();
		long deadline = System.nanoTime() + this.properties.batchLinger().toNanos();
		while (weight < this.properties.batchSize()) {
			Submission<?> next = this.queue.poll();
			if (next == null && this.running) {
				next = this.queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
			}
			if (next == null) {
				break;
			}
			if (weight + next.weight() > this.properties.batchSize()) {
				this.carried = next;
				break;
			}
			batch.add(next);
			weight += next.weight();
		}
		return batch;
	}

	private void write(List<Submission<?>> submissions) {
		List<Submission<?>> live = submissions.stream().filter((s) -> !s.result().isDone()).toList();
		if (live.isEmpty()) {
			return;
		}
		List<Object> results = new ArrayList<>();
		IntakeBatch batch;
		long start = System.nanoTime();
		try {
			batch = this.transactions.execute((status) -> {
				IntakeBatch b = this.batches.create();
				b.preload(live.stream().flatMap((s) -> s.keys().stream()).toList());
				live.forEach((s) -> results.add(s.work().apply(b)));
				b.receivedAlerts().ifPresent(this.events::publishEvent);
				return b;
			});
		}
		catch (RuntimeException ex) {
			if (live.size() > 1 && !databaseUnreachable(ex)) {
				live.forEach((s) -> write(List.of(s)));
			}
			else {
				live.forEach((s) -> s.result().completeExceptionally(ex));
			}
			return;
		}
		this.metrics.committed(live.stream().mapToInt(Submission::weight).sum(), System.nanoTime() - start);
		batch.seen().forEach(this.lastSeen::seen);
		for (int i = 0; i < live.size(); i++) {
			live.get(i).complete(results.get(i));
		}
	}

	private void flushLastSeen() {
		if (!this.lastSeen.isEmpty()) {
			this.transactions.executeWithoutResult((status) -> this.lastSeen.flush());
		}
		this.lastFlush = System.nanoTime();
	}

	/**
	 * How long buffered last-seen times have waited: about the flush interval at most
	 * while the writer keeps up, growing while flushes fail.
	 */
	private double flushLagSeconds() {
		return this.lastSeen.isEmpty() ? 0 : (System.nanoTime() - this.lastFlush) / 1e9;
	}

	/**
	 * Stops taking deliveries, writes those already queued and the buffered last-seen
	 * times, then ends the writer.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		// no interrupt: it would break a JDBC call in progress (and close H2's file)
		this.running = false;
		this.writer.join(this.properties.commitTimeout().toMillis());
	}

	/**
	 * Whether the database could not be reached at all: then trying each delivery alone
	 * would only make every request wait longer for the same answer.
	 */
	private static boolean databaseUnreachable(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A delivery waiting for its transaction.
	 *
	 * @param weight how many alerts it writes
	 * @param keys the alerts it reads
	 * @param work what it does inside the transaction
	 * @param result completed once the transaction has committed
	 */
	private record Submission<T>(int weight, List<IntakeBatch.AlertKey> keys, Function<IntakeBatch, T> work,
			CompletableFuture<T> result) {

		@SuppressWarnings("unchecked")
		void complete(Object value) {
			this.result.complete((T) value);
		}

	}

}
