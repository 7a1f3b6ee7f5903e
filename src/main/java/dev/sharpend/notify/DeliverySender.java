package dev.sharpend.notify;

import java.util.Set;

/** Sends deliveries of some channels. */
interface DeliverySender {

	Set<Channel> channels();

	/**
	 * Sends one delivery; returns when the receiver accepted it.
	 * @throws DeliveryFailed when it did not, to be retried
	 */
	void send(Delivery delivery) throws DeliveryFailed;

}
