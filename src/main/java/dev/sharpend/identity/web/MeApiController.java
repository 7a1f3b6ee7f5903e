package dev.sharpend.identity.web;

import java.util.List;

import dev.sharpend.identity.TokenCaller;
import dev.sharpend.identity.UserBacked;
import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.system.SignedIn;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is and what it may do. */
@RestController
@RequestMapping("/api/v1/me")
class MeApiController {

	private final Accounts accounts;

	MeApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@SignedIn
	MeResponse me(Authentication authentication) {
		UserBacked principal = (UserBacked) authentication.getPrincipal();
		User user = this.accounts.require(principal.userId());
		List<String> permissions = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.sorted()
			.toList();
		TokenResponse token = (principal instanceof TokenCaller caller)
				? new TokenResponse(caller.token().id().toString(), caller.token().name(), caller.token().expiresAt())
				: null;
		return new MeResponse(user.id().toString(), user.email(), user.displayName(),
				this.accounts.roleName(user.roleId()), permissions, token);
	}

	record MeResponse(String id, String email, String displayName, String role, List<String> permissions,
			TokenResponse token) {
	}

	record TokenResponse(String id, String name, java.time.Instant expiresAt) {
	}

}
