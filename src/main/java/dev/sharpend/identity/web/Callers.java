package dev.sharpend.identity.web;

import java.util.EnumSet;
import java.util.Set;

import dev.sharpend.identity.UserBacked;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;

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

	/** What the caller may do now (the session is refreshed on every request). */
	static Set<Permission> permissions(Authentication authentication) {
		Set<Permission> held = EnumSet.noneOf(Permission.class);
		authentication.getAuthorities().forEach((a) -> Permission.fromCode(a.getAuthority()).ifPresent(held::add));
		return held;
	}

}
