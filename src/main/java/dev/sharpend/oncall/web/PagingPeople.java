package dev.sharpend.oncall.web;

import dev.sharpend.identity.People;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.identity.UserId;
import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * Whose contact methods and rules a request manages: the caller's own, or with
 * {@code oncall:write} anyone's named by {@code ?user=}.
 */
final class PagingPeople {

	private PagingPeople() {
	}

	static UserId caller(Authentication authentication) {
		if (authentication.getPrincipal() instanceof UserBacked user) {
			return user.userId();
		}
		throw RequestRejected.forbidden("Only a Sharpend user has contact methods.");
	}

	static UserId managed(Authentication authentication, @Nullable String user, People people) {
		UserId self = caller(authentication);
		if (user == null || user.isBlank()) {
			return self;
		}
		UserId named = people.require(user, "user").id();
		if (named == null || (!named.equals(self) && authentication.getAuthorities()
			.stream()
			.noneMatch((a) -> Permission.ONCALL_WRITE.code().equals(a.getAuthority())))) {
			throw RequestRejected.forbidden("Managing another person's contact methods and rules needs "
					+ Permission.ONCALL_WRITE.code() + ".");
		}
		return named;
	}

}
