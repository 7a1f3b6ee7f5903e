package dev.sharpend.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

import dev.sharpend.system.ScrapeReading;
import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outbox's own metrics. What it holds (waiting, being sent, dead, the oldest waiting)
 * is read from the table at scrape time, at most every few seconds, and is the same on
 * every node; what this node's senders did (attempts, how long a delivery took from being
 * queued to being accepted) is counted as it happens. The only label is the channel.
 */
@Component
class OutboxMetrics {

	private static final Duration READ_INTERVAL = Duration.ofSeconds(5);

	private final Clock clock;

	private final ScrapeReading<List<Row>> rows;

	private final Map<Channel, Map<Outcome, Counter>> attempts = new EnumMap<>(Channel.class);

	private final Map<Channel, Timer> latency = new EnumMap<>(Channel.class);

	OutboxMetrics(MeterRegistry registry, JdbcClient jdbc, Clock clock) {
		this.clock = clock;
		this.rows = new ScrapeReading<>(READ_INTERVAL, List.of(), () -> read(jdbc));
		for (Channel channel : Channel.values()) {
			for (Held held : Held.values()) {
				Gauge.builder("sharpend.outbox.deliveries", this, (m) -> m.count(channel, held))
					.description("Deliveries the outbox holds, by channel and where they stand")
					.tag("channel", channel.code())
					.tag("state", held.code)
					.register(registry);
			}
			Gauge.builder("sharpend.outbox.oldest.pending.age", this, (m) -> m.oldestPendingAge(channel))
				.description("Age of the oldest delivery not yet sent (waiting, retrying or being sent; 0 when none)")
				.baseUnit("seconds")
				.tag("channel", channel.code())
				.register(registry);
			Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);
			for (Outcome outcome : Outcome.values()) {
				counters.put(outcome,
						Counter.builder("sharpend.outbox.attempts")
							.description("Delivery attempts made by this node, by channel and outcome")
							.tag("channel", channel.code())
							.tag("outcome", outcome.code)
							.register(registry));
			}
			this.attempts.put(channel, counters);
			this.latency.put(channel, Timer.builder("sharpend.outbox.delivery.latency")
				.description("Time from a delivery being queued to the receiver accepting it")
				.tag("channel", channel.code())
				.serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
						Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1))
				.register(registry));
		}
	}

	void delivered(Delivery delivery, Instant at) {
		this.attempts.get(delivery.channel()).get(Outcome.DELIVERED).increment();
		this.latency.get(delivery.channel()).record(Duration.between(delivery.createdAt(), at));
	}

	void failed(Delivery delivery, boolean dead) {
		this.attempts.get(delivery.channel()).get(dead ? Outcome.DEAD : Outcome.FAILED).increment();
	}

	private double count(Channel channel, Held held) {
		return this.rows.get().stream().filter((r) -> r.channel() == channel).mapToLong((r) -> switch (held) {
			case PENDING -> (r.state() == DeliveryState.PENDING) ? r.total() - r.claimed() : 0;
			case RETRYING -> (r.state() == DeliveryState.FAILED) ? r.total() - r.claimed() : 0;
			case IN_FLIGHT -> (r.state() != DeliveryState.DEAD) ? r.claimed() : 0;
			case DEAD -> (r.state() == DeliveryState.DEAD) ? r.total() : 0;
		}).sum();
	}

	private double oldestPendingAge(Channel channel) {
		return this.rows.get()
			.stream()
			.filter((r) -> r.channel() == channel && r.state() != DeliveryState.DEAD && r.oldest() != null)
			.map(Row::oldest)
			.min(Instant::compareTo)
			.map((oldest) -> Math.max(0, Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0))
			.orElse(0.0);
	}

	private List<Row> read(JdbcClient jdbc) {
		return jdbc
			.sql("select channel, state, count(*) as total,"
					+ " sum(case when claimed_until > :now then 1 else 0 end) as claimed,"
					+ " min(created_at) as oldest from notify_delivery"
					+ " where state in ('PENDING', 'FAILED', 'DEAD') group by channel, state")
			.param("now", Timestamps.toColumn(this.clock.instant()))
			.query((rs, i) -> new Row(channel(rs.getString("channel")), DeliveryState.valueOf(rs.getString("state")),
					rs.getLong("total"), rs.getLong("claimed"), Timestamps.fromColumn(rs, "oldest")))
			.list()
			.stream()
			.filter((r) -> r.channel() != null)
			.toList();
	}

	private static @Nullable Channel channel(String name) {
		try {
			return Channel.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			// a channel a newer version wrote, seen during a rolling upgrade
			return null;
		}
	}

	private record Row(@Nullable Channel channel, DeliveryState state, long total, long claimed,
			@Nullable Instant oldest) {

	}

	/** Where a held delivery stands, as a label value. */
	private enum Held {

		/** Waiting for its first attempt. */
		PENDING("pending"),

		/** Failed at least once, waiting for its next attempt. */
		RETRYING("retrying"),

		/** Claimed by a node's sender right now. */
		IN_FLIGHT("in_flight"),

		/** Given up after the maximum number of attempts. */
		DEAD("dead");

		private final String code;

		Held(String code) {
			this.code = code;
		}

	}

	/** What one attempt did, as a label value. */
	private enum Outcome {

		/** The receiver accepted it. */
		DELIVERED("delivered"),

		/** It failed and will be tried again. */
		FAILED("failed"),

		/** It failed for the last time: the delivery is dead. */
		DEAD("dead");

		private final String code;

		Outcome(String code) {
			this.code = code;
		}

	}

}
