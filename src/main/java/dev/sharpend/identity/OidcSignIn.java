package dev.sharpend.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.RequestRejected;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Turns a person the provider vouched for into a Sharpend user: matched by verified
 * e-mail address, or created with the configured default role at their first sign-in.
 */
@Component
class OidcSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/** Error codes the sign-in page explains; see {@code LoginController}. */
	static final String EMAIL_MISSING = "email_missing";

	static final String EMAIL_UNVERIFIED = "email_unverified";

	static final String DEACTIVATED = "deactivated";

	static final String ACCOUNT_NOT_CREATED = "account_not_created";

	private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

	private final OidcUserService provider = new OidcUserService();

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final OidcSettings settings;

	OidcSignIn(Accounts accounts, ApiTokens tokens, OidcSettings settings) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser provided = this.provider.loadUser(request);
		String email = provided.getEmail();
		if (!StringUtils.hasText(email)) {
			throw refused(EMAIL_MISSING, "the provider sent no e-mail address for subject " + provided.getSubject());
		}
		if (Boolean.FALSE.equals(provided.getEmailVerified())) {
			throw refused(EMAIL_UNVERIFIED, "the provider has not verified " + email);
		}
		User user = matchOrCreate(email.strip(), displayName(provided));
		if (!user.active()) {
			throw refused(DEACTIVATED, user.email() + " is deactivated");
		}
		return new SingleSignOnUser(user, this.tokens.permissionsOf(user), provided);
	}

	private User matchOrCreate(String email, String displayName) {
		String role = this.settings.current().defaultRole();
		try {
			return this.accounts.singleSignOn(email, displayName, role);
		}
		catch (DuplicateKeyException ex) {
			// A parallel first sign-in created the user a moment ago; this time it
			// matches.
			return this.accounts.singleSignOn(email, displayName, role);
		}
		catch (RequestRejected ex) {
			throw refused(ACCOUNT_NOT_CREATED, "cannot create a user for " + email + ": " + ex.getMessage());
		}
	}

	private static String displayName(OidcUser provided) {
		String name = StringUtils.hasText(provided.getFullName()) ? provided.getFullName()
				: provided.getPreferredUsername();
		if (!StringUtils.hasText(name)) {
			return null;
		}
		name = name.strip();
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	private static OAuth2AuthenticationException refused(String code, String reason) {
		log.warn("Single sign-on refused: {}", reason);
		return new OAuth2AuthenticationException(new OAuth2Error(code), "Single sign-on refused: " + reason);
	}

}
