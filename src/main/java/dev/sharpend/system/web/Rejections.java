package dev.sharpend.system.web;

import dev.sharpend.system.RequestRejected;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;

/**
 * The one place where a refusal in domain terms becomes an HTTP status, for the problem
 * documents of the API and the pages alike. Controllers that answer with a status of
 * their own use it too, which is why it is part of the system module's {@code web}
 * interface.
 */
@NamedInterface("web")
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
