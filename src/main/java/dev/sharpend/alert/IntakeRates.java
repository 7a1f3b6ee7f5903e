package dev.sharpend.alert;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Component;

/**
 * How many deliveries a minute each integration may send, so that one noisy source cannot
 * hold up the others. A token bucket per integration, kept in this node's memory: the
 * limit applies per node, so a cluster of N nodes behind a load balancer admits up to N
 * times the rate. The check runs before a delivery's body is parsed or anything is
 * stored, so a refused delivery leaves nothing behind. Heartbeat pings are not limited.
 */
@Component
public class IntakeRates {

	static final int MAX_RATE = 1_000_000;

	private final Map<UUID, TokenBucket> buckets = new ConcurrentHashMap<>();

	private final int defaultRate;

	private final IntakeMetrics metrics;

	private final Clock clock;

	IntakeRates(AlertProperties properties, IntakeMetrics metrics, Clock clock) {
		this.defaultRate = properties.integrationRate();
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Admits one delivery of the integration, or refuses it (and counts the refusal) when
	 * the integration sent more than its rate.
	 */
	public Optional<Refused> admit(Integration integration) {
		int rate = rate(integration);
		TokenBucket bucket = this.buckets.get(integration.id());
		if (bucket == null || bucket.perMinute() != rate) {
			// a changed rate starts a full bucket at the new rate; compute, so that two
			// first deliveries at once share one bucket
			bucket = this.buckets.compute(integration.id(), (id, known) -> (known == null || known.perMinute() != rate)
					? new TokenBucket(rate, this.clock.instant()) : known);
		}
		Duration wait = bucket.take(this.clock.instant());
		if (wait.isZero()) {
			return Optional.empty();
		}
		this.metrics.refusedOverRate(integration);
		return Optional.of(new Refused(integration.name(), rate, Math.max(1, wait.plusNanos(999_999_999).toSeconds())));
	}

	/** The deliveries a minute the integration may send. */
	public int rate(Integration integration) {
		return (integration.ratePerMinute() != null) ? integration.ratePerMinute() : this.defaultRate;
	}

	/** Deliveries of the integration refused over its rate since this node started. */
	public long refusedSinceStart(UUID integration) {
		return this.metrics.refusedOverRate(integration);
	}

	static void check(Integer ratePerMinute) {
		if (ratePerMinute != null && (ratePerMinute < 1 || ratePerMinute > MAX_RATE)) {
			throw RequestRejected.invalid("ratePerMinute",
					"Give a rate between 1 and 1,000,000 deliveries a minute, or none for the default.");
		}
	}

	/**
	 * A delivery refused because its integration sent more than its rate.
	 *
	 * @param integration the integration's name
	 * @param ratePerMinute its rate
	 * @param retryAfterSeconds when the sender may try again, in whole seconds
	 */
	public record Refused(String integration, int ratePerMinute, long retryAfterSeconds) {

		/** What to tell the sender. */
		public String message() {
			return "The integration " + this.integration + " sent more than its rate of " + this.ratePerMinute
					+ " deliveries a minute. Nothing of this delivery was stored; send it again after "
					+ this.retryAfterSeconds + " s (Retry-After), send fewer, larger deliveries, or raise the"
					+ " integration's rate under Alerts → Integrations.";
		}

	}

}
