package dev.sharpend.identity;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * OIDC single sign-on (authorization code flow with PKCE) in the browser filter chain.
 * The chain always contains it; whether it is offered depends on the current
 * {@link OidcSettings}, so turning it on or off needs no restart once settings can change
 * at run time. Every failure ends on the sign-in page with an explanation, never on an
 * error page.
 */
@Component
class OidcLogin implements SingleSignOn {

	/** Failures the sign-in page explains; anything else is shown as "failed". */
	private static final Set<String> EXPLAINED = Set.of(OidcSignIn.EMAIL_MISSING, OidcSignIn.EMAIL_UNVERIFIED,
			OidcSignIn.DEACTIVATED, OidcSignIn.ACCOUNT_NOT_CREATED, "access_denied");

	/**
	 * Token endpoint answers meaning the provider does not accept the client id or
	 * secret.
	 */
	private static final Set<String> CLIENT_REJECTED = Set.of("invalid_client", "unauthorized_client");

	private static final Logger log = LoggerFactory.getLogger(OidcLogin.class);

	private final OidcSettings settings;

	private final OidcClientRegistrations registrations;

	private final OidcSignIn signIn;

	OidcLogin(OidcSettings settings, OidcClientRegistrations registrations, OidcSignIn signIn) {
		this.settings = settings;
		this.registrations = registrations;
		this.signIn = signIn;
	}

	void configure(HttpSecurity http) {
		http.oauth2Login((login) -> login.loginPage("/login")
			.clientRegistrationRepository(this.registrations)
			// Provider tokens live and die with the session instead of piling up in
			// memory.
			.authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this.signIn))
			.defaultSuccessUrl("/home", false)
			.failureHandler(this::failed)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {

				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					// Without this, a provider that is down answers the sign-in link with
					// a
					// bare 500.
					filter.setAuthenticationFailureHandler(OidcLogin.this::failed);
					return filter;
				}

			}));
	}

	@Override
	public boolean enabled() {
		return this.settings.current().enabled();
	}

	@Override
	public String label() {
		return this.settings.current().label();
	}

	private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String reason = reason(ex);
		if ("failed".equals(reason) || "unavailable".equals(reason) || "client_rejected".equals(reason)) {
			log.warn("Single sign-on failed ({}): {}", reason, ex.getMessage(), ex);
		}
		response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
	}

	private String reason(AuthenticationException ex) {
		if (!enabled()) {
			return "off";
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String code = (cause instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode() : "";
			if (EXPLAINED.contains(code)) {
				return code;
			}
			if (CLIENT_REJECTED.contains(code) || clientRejected(cause)) {
				return "client_rejected";
			}
			// Discovery, token, user info or key requests that could not reach the
			// provider.
			if (OidcClientRegistrations.ProviderUnavailable.CODE.equals(code)
					|| cause instanceof ResourceAccessException || cause instanceof IOException) {
				return "unavailable";
			}
		}
		return "failed";
	}

	// The token client reports a refused client only inside its "invalid_token_response",
	// as the provider's HTTP answer: 401, or an error body naming the client.
	private static boolean clientRejected(Throwable cause) {
		if (!(cause instanceof HttpClientErrorException response)) {
			return false;
		}
		String body = response.getResponseBodyAsString();
		return response.getStatusCode().value() == 401
				|| CLIENT_REJECTED.stream().anyMatch((code) -> body.contains("\"" + code + "\""));
	}

}
