package dev.sharpend.alert;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Intake's own metrics: what deliveries got as an answer, what their alerts did, how the
 * group commit batches and how full its queue is. Labels are the integration type and a
 * fixed outcome, never anything from a delivery (no fingerprint, no label value), so a
 * storm of new alerts adds no series. Every meter is created up front: counting on the
 * intake path is an increment, nothing more.
 */
@Component
public class IntakeMetrics {

	private static final String UNKNOWN_TYPE = "unknown";

	private final MeterRegistry registry;

	private final Map<String, Map<Outcome, Counter>> deliveries = new ConcurrentHashMap<>();

	private final Map<IntegrationType, Map<AlertResult, Counter>> alerts = new EnumMap<>(IntegrationType.class);

	private final Map<IntegrationType, Counter> skipped = new EnumMap<>(IntegrationType.class);

	private final Map<java.util.UUID, Counter> refusedOverRate = new ConcurrentHashMap<>();

	private final DistributionSummary batchSize;

	private final Timer commit;

	IntakeMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (IntegrationType type : IntegrationType.values()) {
			this.deliveries.put(type.code(), deliveryCounters(type.code()));
			Map<AlertResult, Counter> results = new EnumMap<>(AlertResult.class);
			for (AlertResult result : AlertResult.values()) {
				results.put(result,
						Counter.builder("sharpend.intake.alerts")
							.description("Alerts received, by what storing them did")
							.tag("integration_type", type.code())
							.tag("result", result.code)
							.register(registry));
			}
			this.alerts.put(type, results);
			this.skipped.put(type, Counter.builder("sharpend.intake.resends.skipped")
				.description("Deliveries whose alerts were all stored exactly so already: answered without a write")
				.tag("integration_type", type.code())
				.register(registry));
		}
		this.deliveries.put(UNKNOWN_TYPE, deliveryCounters(UNKNOWN_TYPE));
		this.batchSize = DistributionSummary.builder("sharpend.intake.batch.size")
			.description("Alerts written by one group-commit transaction")
			.baseUnit("alerts")
			.serviceLevelObjectives(1, 10, 100, 500, 1000, 2500, 5000, 10000)
			.register(registry);
		this.commit = Timer.builder("sharpend.intake.commit")
			.description("Time one group-commit transaction took, from its start to its commit")
			.serviceLevelObjectives(Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(10),
					Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
					Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30))
			.register(registry);
	}

	private Map<Outcome, Counter> deliveryCounters(String type) {
		Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			counters.put(outcome,
					Counter.builder("sharpend.intake.deliveries")
						.description("Deliveries to intake hooks, by integration type and the answer they got")
						.tag("integration_type", type)
						.tag("outcome", outcome.code)
						.register(this.registry));
		}
		return counters;
	}

	/**
	 * Counts a delivery to an intake hook by the status it was answered with.
	 * @param type the integration type's code from the hook's path (any other value is
	 * counted as {@code unknown})
	 */
	public void answered(String type, int status) {
		this.deliveries.getOrDefault(type, this.deliveries.get(UNKNOWN_TYPE)).get(Outcome.of(status)).increment();
	}

	void received(IntegrationType type, AlertIntake.Receipt receipt) {
		Map<AlertResult, Counter> counters = this.alerts.get(type);
		counters.get(AlertResult.CREATED).increment(receipt.created());
		counters.get(AlertResult.CHANGED).increment(receipt.changed());
		counters.get(AlertResult.UNCHANGED)
			.increment(Math.max(0, receipt.received() - receipt.created() - receipt.changed()));
	}

	void skipped(IntegrationType type, int alerts) {
		this.skipped.get(type).increment();
		this.alerts.get(type).get(AlertResult.UNCHANGED).increment(alerts);
	}

	/**
	 * Counts a delivery refused because its integration sent more than its rate. The
	 * integration's id is a label: there are as many series as integrations that were
	 * ever refused, not more.
	 */
	void refusedOverRate(Integration integration) {
		this.refusedOverRate
			.computeIfAbsent(integration.id(),
					(id) -> Counter.builder("sharpend.intake.refused")
						.description("Deliveries refused before anything was stored, by integration and reason")
						.tag("integration", id.toString())
						.tag("integration_type", integration.type().code())
						.tag("reason", "rate")
						.register(this.registry))
			.increment();
	}

	/** Deliveries of the integration refused over its rate since this node started. */
	long refusedOverRate(java.util.UUID integration) {
		Counter counter = this.refusedOverRate.get(integration);
		return (counter != null) ? (long) counter.count() : 0;
	}

	void committed(int alerts, long nanos) {
		this.batchSize.record(alerts);
		this.commit.record(Duration.ofNanos(nanos));
	}

	/** Exports the writer's queue and its buffered last-seen times. */
	<Q extends Collection<?>> void watch(Q queue, int capacity, ToDoubleFunction<Q> flushLagSeconds) {
		Gauge.builder("sharpend.intake.queue.size", queue, Collection::size)
			.description("Deliveries waiting for the intake writer")
			.register(this.registry);
		Gauge.builder("sharpend.intake.queue.capacity", () -> capacity)
			.description("Deliveries that may wait for the intake writer before new ones are answered 503")
			.register(this.registry);
		Gauge.builder("sharpend.intake.last.seen.flush.lag", queue, flushLagSeconds)
			.description("How long buffered last-seen times of re-sent alerts have waited to be written (0 when none)")
			.baseUnit("seconds")
			.register(this.registry);
	}

	/** What storing an alert did. */
	private enum AlertResult {

		/** A new alert was stored. */
		CREATED("created"),

		/** A stored alert changed (state, labels, annotations, …). */
		CHANGED("changed"),

		/** A stored alert was sent again as it was; only its last-seen time moved. */
		UNCHANGED("unchanged");

		private final String code;

		AlertResult(String code) {
			this.code = code;
		}

	}

	/** The answer a delivery got, as a label value. */
	private enum Outcome {

		/** Stored (2xx). */
		ACCEPTED("accepted"),

		/** Refused as invalid (400, 422). */
		INVALID("invalid"),

		/** Unknown or disabled key (401, 403). */
		UNAUTHORIZED("unauthorized"),

		/** Body over the size limit (413). */
		TOO_LARGE("too_large"),

		/** Not JSON (415). */
		UNSUPPORTED_MEDIA_TYPE("unsupported_media_type"),

		/** Too many requests (429). */
		RATE_LIMITED("rate_limited"),

		/** Could not be stored now; the source sends it again (503). */
		UNAVAILABLE("unavailable"),

		/** Any other 4xx. */
		OTHER_CLIENT_ERROR("other_client_error"),

		/** Any other 5xx (a bug). */
		SERVER_ERROR("server_error");

		private final String code;

		Outcome(String code) {
			this.code = code;
		}

		static Outcome of(int status) {
			return switch (status) {
				case 400, 422 -> INVALID;
				case 401, 403 -> UNAUTHORIZED;
				case 413 -> TOO_LARGE;
				case 415 -> UNSUPPORTED_MEDIA_TYPE;
				case 429 -> RATE_LIMITED;
				case 503 -> UNAVAILABLE;
				default -> (status < 400) ? ACCEPTED : (status < 500) ? OTHER_CLIENT_ERROR : SERVER_ERROR;
			};
		}

	}

}
