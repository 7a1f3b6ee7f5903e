package dev.sharpend.review.web;

import dev.sharpend.review.Viewer;
import dev.sharpend.system.Permission;

import org.springframework.security.core.Authentication;

/** Who is calling, as reviews need it: drafts and personal accounts depend on it. */
final class Callers {

	private Callers() {
	}

	static Viewer viewer(Authentication caller) {
		return new Viewer(caller.getName(), holds(caller, Permission.REVIEW_WRITE),
				holds(caller, Permission.USER_ADMIN));
	}

	private static boolean holds(Authentication caller, Permission permission) {
		return caller.getAuthorities().stream().anyMatch((a) -> permission.code().equals(a.getAuthority()));
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
