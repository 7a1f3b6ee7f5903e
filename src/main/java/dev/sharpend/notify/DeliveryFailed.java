package dev.sharpend.notify;

/** An attempt to deliver failed; the message says why, for the administrator. */
class DeliveryFailed extends Exception {

	DeliveryFailed(String message) {
		super(message);
	}

	DeliveryFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
