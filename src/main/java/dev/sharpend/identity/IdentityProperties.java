package dev.sharpend.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module.
 *
 * @param bootstrap the administrator (and token) to create on a first start
 * @param passwordMinLength shortest accepted password
 * @param invitationValidity how long invitation and setup links work
 * @param oidc OIDC single sign-on, off unless an issuer is given
 */
@ConfigurationProperties("sharpend.identity")
record IdentityProperties(Bootstrap bootstrap, Integer passwordMinLength, Duration invitationValidity, Oidc oidc) {

	IdentityProperties {
		bootstrap = (bootstrap != null) ? bootstrap : new Bootstrap(null, null, null);
		passwordMinLength = (passwordMinLength != null) ? passwordMinLength : 10;
		invitationValidity = (invitationValidity != null) ? invitationValidity : Duration.ofDays(7);
		oidc = (oidc != null) ? oidc : new Oidc(null, null, null, null, null);
	}

	/**
	 * The first administrator, for automated installs.
	 *
	 * @param adminEmail the administrator's e-mail address
	 * @param adminPassword their password
	 * @param adminToken an API token value with every permission, or empty
	 */
	record Bootstrap(String adminEmail, String adminPassword, String adminToken) {
	}

	/**
	 * OIDC single sign-on (see {@link OidcSettings.Values} for the meaning of each).
	 *
	 * @param issuer the provider's issuer URL; empty turns single sign-on off
	 * @param clientId the client id
	 * @param clientSecret the client secret
	 * @param defaultRole role name for users created at their first sign-in
	 * @param label the sign-in button text
	 */
	record Oidc(String issuer, String clientId, String clientSecret, String defaultRole, String label) {

		@Override
		public String toString() {
			return "Oidc[issuer=" + this.issuer + ", clientId=" + this.clientId + "]";
		}

	}

}
