package dev.sharpend.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads a user for password sign-in. */
@Component
class SharpendUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	private final ApiTokens tokens;

	SharpendUserDetailsService(UserRepository users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		User user = this.users.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new SignedInUser(user, this.tokens.permissionsOf(user));
	}

	/** The current principal for a user id, or null when the user is gone or inactive. */
	@Transactional(readOnly = true)
	SignedInUser reload(UserId id) {
		return this.users.findById(id)
			.filter(User::active)
			.map((user) -> new SignedInUser(user, this.tokens.permissionsOf(user)))
			.orElse(null);
	}

}
