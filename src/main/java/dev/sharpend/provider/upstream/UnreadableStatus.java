package dev.sharpend.provider.upstream;

/**
 * A body that is no status page Sharpend can read: too large, not JSON or XML, HTML where
 * a feed was expected, a DOCTYPE, or JSON of no known format. The message says what was
 * found, for the person who set the address.
 */
public class UnreadableStatus extends RuntimeException {

	public UnreadableStatus(String message) {
		super(message);
	}

	public UnreadableStatus(String message, Throwable cause) {
		super(message, cause);
	}

}
