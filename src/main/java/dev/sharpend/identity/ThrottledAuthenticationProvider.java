package dev.sharpend.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in, throttled per e-mail address and client by {@link LoginThrottle}.
 * Only wrong passwords count; attempts refused by the throttle do not, so a client's lock
 * lifts one window after its last guess.
 */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(SharpendUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		super(users);
		setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = authentication.getName();
		String client = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.blocked(email, client)) {
			throw new LockedException("Too many failed sign-ins for this address; wait a few minutes.");
		}
		try {
			Authentication result = super.authenticate(authentication);
			this.throttle.succeeded(email, client);
			return result;
		}
		catch (BadCredentialsException ex) {
			// Unknown addresses land here too (their "not found" is hidden as bad
			// credentials), so they lock like known ones.
			this.throttle.failed(email, client);
			throw ex;
		}
	}

}
