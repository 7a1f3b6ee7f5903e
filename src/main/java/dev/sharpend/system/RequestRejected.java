package dev.sharpend.system;

/**
 * A request that cannot be carried out as asked, with a message the caller can act on;
 * nothing has been changed when it is thrown. It says what went wrong in domain terms
 * ({@link Reason}); only the web layer decides how that is answered (an RFC 9457 problem,
 * a page or a form error).
 */
public class RequestRejected extends RuntimeException {

	/** Why a request is refused. */
	public enum Reason {

		/** The input is not valid; nothing was looked up or changed. */
		INVALID,

		/** What the request names does not exist (or the caller may not know it does). */
		NOT_FOUND,

		/** The request conflicts with the current state (a duplicate, a used link). */
		CONFLICT,

		/**
		 * Allowed in general, but not on this target (for example, deactivating oneself).
		 */
		FORBIDDEN

	}

	private final Reason reason;

	private final String field;

	private RequestRejected(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	/** Invalid input; {@code field} names the offending field, or null. */
	public static RequestRejected invalid(String field, String message) {
		return new RequestRejected(Reason.INVALID, field, message);
	}

	public static RequestRejected notFound(String message) {
		return new RequestRejected(Reason.NOT_FOUND, null, message);
	}

	/** The request conflicts with the current state (a duplicate, a used link). */
	public static RequestRejected conflict(String field, String message) {
		return new RequestRejected(Reason.CONFLICT, field, message);
	}

	/** Allowed in general but not on this target (for example, deactivating oneself). */
	public static RequestRejected forbidden(String message) {
		return new RequestRejected(Reason.FORBIDDEN, null, message);
	}

	public Reason reason() {
		return this.reason;
	}

	/** The field in error, or null when the refusal is about no single field. */
	public String field() {
		return this.field;
	}

}
