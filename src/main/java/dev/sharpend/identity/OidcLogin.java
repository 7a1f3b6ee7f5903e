package dev.sharpend.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.stereotype.Component;

/** Adds OIDC single sign-on to the filter chain when it is configured. */
@Component
class OidcLogin implements SingleSignOn {

	void configure(HttpSecurity http) {
		// Single sign-on is off until an issuer is configured.
	}

	@Override
	public boolean enabled() {
		return false;
	}

}
