package dev.sharpend.identity.web;

import dev.sharpend.identity.UserBacked;
import dev.sharpend.identity.UserId;

import org.springframework.security.core.Authentication;

/** Who is calling a page, read from the authentication the security chain set. */
final class Callers {

	private Callers() {
	}

	static UserId userId(Authentication authentication) {
		return user(authentication).userId();
	}

	static UserBacked user(Authentication authentication) {
		return (UserBacked) authentication.getPrincipal();
	}

}
