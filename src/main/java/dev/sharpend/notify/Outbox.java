package dev.sharpend.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import dev.sharpend.secret.SecretRef;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes deliveries in the caller's transaction, so a message exists exactly when the
 * change it reports was committed. Nothing is sent here: the worker is woken once the
 * transaction has committed.
 */
@Component
class Outbox {

	private final DeliveryRepository deliveries;

	private final Clock clock;

	private final DeliveryWorker worker;

	Outbox(DeliveryRepository deliveries, Clock clock, DeliveryWorker worker) {
		this.deliveries = deliveries;
		this.clock = clock;
		this.worker = worker;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void enqueue(Channel channel, String target, String subscriberId, String event, String payload) {
		enqueue(channel, target, subscriberId, event, payload, null);
	}

	/**
	 * Queues a delivery that carries the sealed URL or signing secret it is sent with.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void enqueue(Channel channel, String target, String subscriberId, String event, String payload, SecretRef secret) {
		Instant now = this.clock.instant();
		this.deliveries.insert(new Delivery(UUID.randomUUID().toString().replace("-", ""), channel, target,
				subscriberId, event, payload, DeliveryState.PENDING, 0, now, null, now, null, secret));
		this.worker.wakeAfterCommit();
	}

}
