package dev.sharpend.notify;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.WakeUp;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds: it claims due deliveries (as many as it has free senders)
 * as soon as new ones are committed on this node, after each delivery (the receiver's
 * next one may be waiting for it) and every second for the rest (retries, other nodes'
 * work, wake-ups lost to a crash), sends them on its own threads so a slow receiver never
 * holds up other schedules, and records the outcome. Failures are retried with
 * exponential backoff and jitter; after the maximum number of attempts a delivery is
 * dead.
 */
@Component
class DeliveryWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final DeliveryClaims claims;

	private final DeliveryRepository deliveries;

	private final Map<Channel, DeliverySender> senders;

	private final NotifyProperties properties;

	private final Backoff backoff;

	private final Clock clock;

	private final String node = nodeName();

	private final Semaphore free;

	private final ExecutorService executor;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final WakeUp wakeUp = new WakeUp("notify-wake-up", this::runDue);

	private final OutboxMetrics metrics;

	DeliveryWorker(DeliveryClaims claims, DeliveryRepository deliveries, List<DeliverySender> senders,
			NotifyProperties properties, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, OutboxMetrics metrics) {
		this.metrics = metrics;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
		this.claims = claims;
		this.deliveries = deliveries;
		this.senders = senders.stream()
			.flatMap((s) -> s.channels().stream().map((c) -> Map.entry(c, s)))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		this.properties = properties;
		this.backoff = new Backoff(properties.retryBase(), properties.retryMax());
		this.clock = clock;
		this.free = new Semaphore(properties.senders());
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(properties.senders(), (task) -> {
			Thread thread = new Thread(task, "notify-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Scheduled(fixedDelayString = "${sharpend.notify.poll-interval:PT1S}")
	void poll() {
		try {
			runDue();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the notification outbox: {}", ex.getMessage());
		}
	}

	/** Sends what the caller's transaction queued once it has committed. */
	void wakeAfterCommit() {
		this.wakeUp.afterCommit();
	}

	/**
	 * Claims due deliveries and hands them to the senders; returns how many. One run at a
	 * time, so the permits counted are the permits taken.
	 */
	synchronized int runDue() {
		int available = this.free.availablePermits();
		if (available == 0) {
			return 0;
		}
		Instant now = this.clock.instant();
		Duration lease = this.properties.httpTimeout().multipliedBy(3).plusMinutes(1);
		List<Delivery> claimed = this.claims.claim(now, now.plus(lease), this.node, available);
		for (Delivery delivery : claimed) {
			this.free.acquireUninterruptibly();
			this.executor.execute(() -> {
				try {
					send(delivery);
				}
				finally {
					this.free.release();
				}
			});
		}
		return claimed.size();
	}

	private void send(Delivery delivery) {
		try {
			DeliverySender sender = this.senders.get(delivery.channel());
			if (sender == null) {
				throw new DeliveryFailed("No sender for " + delivery.channel().code() + ".");
			}
			sender.send(delivery);
			Instant at = this.clock.instant();
			this.deliveries.delivered(delivery.id(), this.node, at);
			this.metrics.delivered(delivery, at);
			this.wakeUp.now();
		}
		catch (DeliveryFailed | RuntimeException ex) {
			failed(delivery, ex);
		}
	}

	private void failed(Delivery delivery, Exception ex) {
		int failures = delivery.attempts() + 1;
		Instant now = this.clock.instant();
		Instant next = (failures >= this.properties.maxAttempts()) ? null : now.plus(this.backoff.after(failures));
		String reason = (ex instanceof DeliveryFailed) ? ex.getMessage()
				: ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
		try {
			this.deliveries.failed(delivery.id(), this.node, now, next, reason);
		}
		catch (RuntimeException recordFailure) {
			log.warn("Could not record the failure of delivery {}: {}", delivery.id(), recordFailure.getMessage());
		}
		this.metrics.failed(delivery, next == null);
		if (next == null && personal(delivery)) {
			reportDead(delivery, reason);
		}
		if (next == null) {
			log.warn("Delivery {} ({} to {}) is dead after {} attempts: {}", delivery.id(), delivery.event(),
					delivery.channel().code(), failures, reason);
		}
		else {
			log.info("Delivery {} failed (attempt {}), retrying at {}: {}", delivery.id(), failures, next, reason);
		}
	}

	private static boolean personal(Delivery delivery) {
		return delivery.subscriberId() != null
				&& (delivery.event().startsWith("page.") || delivery.event().startsWith("contact."));
	}

	/**
	 * Tells the contact method's owner, in a transaction so the event is kept until
	 * handled.
	 */
	private void reportDead(Delivery delivery, String reason) {
		try {
			this.transactions.executeWithoutResult((tx) -> this.events
				.publishEvent(new PersonalDeliveryDead(delivery.subscriberId(), delivery.channel(), reason)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not report dead delivery {}: {}", delivery.id(), ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.wakeUp.close();
		this.executor.shutdownNow();
	}

	private static String nodeName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (java.io.IOException ex) {
			host = "node";
		}
		String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
		return (name.length() > 64) ? name.substring(name.length() - 64) : name;
	}

}
