package dev.sharpend.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Notes when a person signs in, for the administrators' user list. Token calls are not
 * sign-ins; their use is recorded on the token.
 */
@Component
class LastLoginRecorder {

	private final Accounts accounts;

	LastLoginRecorder(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof UserBacked user && !(user instanceof TokenCaller)) {
			this.accounts.recordLogin(user.userId());
		}
	}

}
