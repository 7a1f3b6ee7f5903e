package dev.sharpend.identity;

import org.springframework.util.StringUtils;

/**
 * Where the OIDC single sign-on settings come from. Sharpend asks for them on every use
 * rather than once at start-up, so an implementation that stores them elsewhere (such as
 * an administration page keeping them in the database with the client secret encrypted)
 * takes effect without a restart and without changes to the sign-in code.
 */
interface OidcSettings {

	/** The settings in force now, with the client secret in plain text. */
	Values current();

	/**
	 * One set of single sign-on settings.
	 *
	 * @param issuer the provider's issuer URL; empty turns single sign-on off
	 * @param clientId the client id Sharpend is registered with at the provider
	 * @param clientSecret the client secret; empty for a public client (PKCE only)
	 * @param defaultRole the name of the role given to users created at their first
	 * single sign-on
	 * @param label the text of the sign-in button
	 */
	record Values(String issuer, String clientId, String clientSecret, String defaultRole, String label) {

		public Values {
			issuer = strip(issuer);
			clientId = strip(clientId);
			clientSecret = strip(clientSecret);
			defaultRole = StringUtils.hasText(defaultRole) ? defaultRole.strip() : "Viewer";
			label = StringUtils.hasText(label) ? label.strip() : "Single sign-on";
		}

		/** Settings that leave single sign-on off. */
		public static Values off() {
			return new Values(null, null, null, null, null);
		}

		public boolean enabled() {
			return !this.issuer.isEmpty();
		}

		@Override
		public String toString() {
			// Keeps the secret out of logs and exception messages.
			return "OidcSettings.Values[issuer=" + this.issuer + ", clientId=" + this.clientId + ", defaultRole="
					+ this.defaultRole + "]";
		}

		private static String strip(String value) {
			return (value != null) ? value.strip() : "";
		}

	}

}
