package dev.sharpend.notify;

import java.time.Clock;
import java.util.List;

import dev.sharpend.system.RequestRejected;

import org.springframework.stereotype.Service;

/** What administrators see of the outbox: dead and waiting deliveries, and retrying. */
@Service
public class Deliveries {

	private final DeliveryRepository deliveries;

	private final Clock clock;

	Deliveries(DeliveryRepository deliveries, Clock clock) {
		this.deliveries = deliveries;
		this.clock = clock;
	}

	public List<Delivery> inState(DeliveryState state) {
		return this.deliveries.findByState(state, 200);
	}

	/** Queues a dead delivery again, due now. */
	public void retry(String id) {
		if (!this.deliveries.retry(id, this.clock.instant())) {
			throw RequestRejected.notFound("There is no dead delivery " + id + ".");
		}
	}

}
