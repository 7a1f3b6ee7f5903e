package dev.sharpend.identity;

import dev.sharpend.system.SharpendProperties;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The single {@code oidc} client registration, built from the current settings. The
 * provider's discovery document is read on first use, not at start-up, so Sharpend starts
 * (and password sign-in works) while the provider is down; a failed read is retried on
 * the next attempt. When the settings change, the registration is rebuilt.
 */
@Component
class OidcClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION_ID = "oidc";

	private final OidcSettings settings;

	private final SharpendProperties sharpend;

	private volatile Resolved resolved;

	OidcClientRegistrations(OidcSettings settings, SharpendProperties sharpend) {
		this.settings = settings;
		this.sharpend = sharpend;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		OidcSettings.Values current = this.settings.current();
		if (!REGISTRATION_ID.equals(registrationId) || !current.enabled()) {
			return null;
		}
		Resolved resolved = this.resolved;
		if (resolved == null || !resolved.settings().equals(current)) {
			resolved = new Resolved(current, discover(current));
			this.resolved = resolved;
		}
		return resolved.registration();
	}

	private ClientRegistration discover(OidcSettings.Values settings) {
		ClientRegistration.Builder builder;
		try {
			builder = ClientRegistrations.fromIssuerLocation(settings.issuer());
		}
		catch (RuntimeException ex) {
			throw new ProviderUnavailable(settings.issuer(), ex);
		}
		boolean confidential = StringUtils.hasText(settings.clientSecret());
		return builder.registrationId(REGISTRATION_ID)
			.clientId(settings.clientId())
			.clientSecret(confidential ? settings.clientSecret() : null)
			.clientAuthenticationMethod(
					confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC : ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirectUri())
			.scope("openid", "email", "profile")
			.userNameAttributeName("sub")
			.clientName(settings.label())
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

	private String redirectUri() {
		String base = this.sharpend.baseUrl();
		// With a configured base URL the redirect URI is exactly what the README tells
		// administrators to register, whatever host the browser used to reach Sharpend.
		return (StringUtils.hasText(base) ? stripTrailingSlash(base) : "{baseUrl}")
				+ "/login/oauth2/code/{registrationId}";
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private record Resolved(OidcSettings.Values settings, ClientRegistration registration) {
	}

	/**
	 * The provider's discovery document could not be read. An authentication exception,
	 * so that the sign-in filters hand it to the failure handler instead of failing the
	 * request.
	 */
	static class ProviderUnavailable extends OAuth2AuthenticationException {

		static final String CODE = "provider_unavailable";

		ProviderUnavailable(String issuer, Throwable cause) {
			super(new OAuth2Error(CODE),
					"Cannot read the OIDC discovery document of " + issuer + ": " + cause.getMessage(), cause);
		}

	}

}
