package dev.sharpend.notify;

/** Where one outbound delivery stands. */
public enum DeliveryState {

	/** Waiting for its first attempt. */
	PENDING,

	/** Failed at least once; retried at its next attempt time. */
	FAILED,

	/** Accepted by the receiver. */
	DELIVERED,

	/** Gave up after the maximum number of attempts; shown to administrators. */
	DEAD

}
