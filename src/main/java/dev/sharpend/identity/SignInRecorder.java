package dev.sharpend.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Records when a person signed in with a password (single sign-on records its own). */
@Component
class SignInRecorder {

	private final Accounts accounts;

	SignInRecorder(Accounts accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void onSignIn(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SignedInUser user) {
			this.accounts.recordLogin(user.userId());
		}
	}

}
