package dev.sharpend.alert;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.catalog.ComponentMaintenance;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.web.Rejections;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * When a group-commit transaction fails on one delivery's data, the others of its batch
 * are still stored, and only that one is refused: 400 when the database refused its
 * values, 503 when it failed for another reason.
 */
class IntakeBatcherTests {

	/** Three deliveries, one transaction: the writer waits for all three. */
	private final IntakeBatcher batcher = new IntakeBatcher(
			new AlertProperties(3, Duration.ofSeconds(10), 100, Duration.ofSeconds(20), Duration.ofSeconds(5), null),
			new NoTransactions(), null, null, mock(ComponentMaintenance.class), new LastSeenBuffer(new JdbcTemplate()),
			(event) -> {
			}, Clock.systemUTC(), new IntakeMetrics(new SimpleMeterRegistry()));

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	@AfterEach
	void stop() throws InterruptedException {
		this.batcher.stop();
	}

	@Test
	void aDeliveryWhoseValuesTheDatabaseRefusesIsRefusedAloneWith400() throws Exception {
		List<Object> outcomes = submitTogether(fails(new DataIntegrityViolationException("insert failed",
				new SQLException("value too long for type character varying(128)", "22001"))));
		assertThat(outcomes.get(0)).isEqualTo("good-1");
		assertThat(outcomes.get(2)).isEqualTo("good-2");
		assertThat(outcomes.get(1)).isInstanceOfSatisfying(RequestRejected.class, (rejected) -> {
			assertThat(Rejections.status(rejected)).isEqualTo(HttpStatus.BAD_REQUEST);
			assertThat(rejected.getMessage()).contains("22001").contains("Nothing of the delivery was stored");
		});
		assertThat(this.attempts.get("bad").get()).as("tried in the shared batch, then again alone").isEqualTo(2);
	}

	@Test
	void aDeliveryThatFailsForAnotherReasonGets503AndTheOthersAreStored() throws Exception {
		List<Object> outcomes = submitTogether(fails(new IllegalStateException("lock timeout")));
		assertThat(outcomes.get(0)).isEqualTo("good-1");
		assertThat(outcomes.get(2)).isEqualTo("good-2");
		assertThat(outcomes.get(1)).isInstanceOf(AlertIntake.IntakeUnavailable.class);
	}

	@Test
	void whenTheDatabaseCannotBeReachedTheWholeBatchGets503AtOnce() throws Exception {
		List<Object> outcomes = submitTogether(
				fails(new CannotGetJdbcConnectionException("no connection", new SQLException("refused", "08001"))));
		assertThat(outcomes.get(1)).isInstanceOf(AlertIntake.IntakeUnavailable.class);
		assertThat(outcomes.get(0)).isInstanceOf(AlertIntake.IntakeUnavailable.class);
		assertThat(this.attempts.get("bad").get()).as("not tried again alone").isEqualTo(1);
	}

	private Function<IntakeBatch, Object> fails(RuntimeException failure) {
		return (batch) -> {
			this.attempts.computeIfAbsent("bad", (k) -> new AtomicInteger()).incrementAndGet();
			throw failure;
		};
	}

	/** A good delivery, the failing one and another good one, in one batch. */
	private List<Object> submitTogether(Function<IntakeBatch, Object> failing) throws Exception {
		List<Function<IntakeBatch, Object>> works = List.of(good("good-1"), failing, good("good-2"));
		ExecutorService pool = Executors.newFixedThreadPool(works.size());
		try {
			List<Future<Object>> futures = new ArrayList<>();
			for (Function<IntakeBatch, Object> work : works) {
				futures.add(pool.submit(() -> {
					try {
						return this.batcher.submit(1, List.of(), work);
					}
					catch (RuntimeException ex) {
						return ex;
					}
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> future : futures) {
				outcomes.add(future.get());
			}
			return outcomes;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private Function<IntakeBatch, Object> good(String name) {
		return (batch) -> {
			this.attempts.computeIfAbsent(name, (k) -> new AtomicInteger()).incrementAndGet();
			return name;
		};
	}

	/** The writer's transactions, without a database: a failure simply propagates. */
	private static final class NoTransactions implements PlatformTransactionManager {

		@Override
		public TransactionStatus getTransaction(TransactionDefinition definition) {
			return new SimpleTransactionStatus();
		}

		@Override
		public void commit(TransactionStatus status) {
		}

		@Override
		public void rollback(TransactionStatus status) {
		}

	}

}
