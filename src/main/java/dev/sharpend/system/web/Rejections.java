package dev.sharpend.system.web;

import dev.sharpend.system.RequestRejected;

import org.springframework.http.HttpStatus;

/**
 * The one place where a refusal in domain terms becomes an HTTP status, for the problem
 * documents of the API and the pages alike.
 */
public final class Rejections {

	private Rejections() {
	}

	/** The status a refusal is answered with. */
	public static HttpStatus status(RequestRejected rejected) {
		return switch (rejected.reason()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
		};
	}

}
