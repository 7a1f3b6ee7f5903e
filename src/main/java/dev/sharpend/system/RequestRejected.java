package dev.sharpend.system;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out as asked, with a message the caller can act on.
 * The web layer turns it into an RFC 9457 problem (or a form error) with the status
 * given; nothing has been changed when it is thrown.
 */
public class RequestRejected extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	private RequestRejected(HttpStatus status, String field, String message) {
		super(message);
		this.status = status;
		this.field = field;
	}

	/** Invalid input; {@code field} names the offending field, or null. */
	public static RequestRejected invalid(String field, String message) {
		return new RequestRejected(HttpStatus.BAD_REQUEST, field, message);
	}

	public static RequestRejected notFound(String message) {
		return new RequestRejected(HttpStatus.NOT_FOUND, null, message);
	}

	/** The request conflicts with the current state (a duplicate, a used link). */
	public static RequestRejected conflict(String field, String message) {
		return new RequestRejected(HttpStatus.CONFLICT, field, message);
	}

	/** Allowed in general but not on this target (for example, deactivating oneself). */
	public static RequestRejected forbidden(String message) {
		return new RequestRejected(HttpStatus.FORBIDDEN, null, message);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String field() {
		return this.field;
	}

}
