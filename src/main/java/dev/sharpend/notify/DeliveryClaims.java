package dev.sharpend.notify;

import java.time.Instant;
import java.util.List;

/**
 * Takes due deliveries for this node so that no other node sends them at the same time. A
 * claim is a lease: if the node dies while sending, the row becomes due again when the
 * lease ends. One implementation per SQL dialect.
 */
interface DeliveryClaims {

	/**
	 * Claims up to {@code limit} due deliveries until {@code leaseUntil}.
	 * @return the claimed deliveries
	 */
	List<Delivery> claim(Instant now, Instant leaseUntil, String node, int limit);

}
