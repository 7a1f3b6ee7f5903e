package dev.sharpend.review.web;

import dev.sharpend.review.Viewer;
import dev.sharpend.system.Permission;

import org.springframework.security.core.Authentication;

/** Who is calling, as reviews need it: drafts and personal accounts depend on it. */
final class Callers {

	private Callers() {
	}

	static Viewer viewer(Authentication caller) {
		return new Viewer(caller.getName(), Permission.REVIEW_WRITE.isHeldBy(caller),
				Permission.USER_ADMIN.isHeldBy(caller));
	}

	static long id(String value, String what) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw dev.sharpend.system.RequestRejected.notFound("There is no " + what + " " + value + ".");
		}
	}

}
