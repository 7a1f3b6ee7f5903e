package dev.sharpend.search.web;

import java.util.EnumSet;
import java.util.Set;

import dev.sharpend.system.Permission;

import org.springframework.security.core.Authentication;

/** The permissions a caller holds, which decide the document types they see. */
final class Callers {

	private Callers() {
	}

	static Set<Permission> permissions(Authentication caller) {
		Set<Permission> held = EnumSet.noneOf(Permission.class);
		caller.getAuthorities().forEach((a) -> Permission.fromCode(a.getAuthority()).ifPresent(held::add));
		return held;
	}

}
