package dev.sharpend.identity;

import org.springframework.stereotype.Component;

/**
 * Single sign-on settings from {@code sharpend.identity.oidc.*} (SHARPEND_OIDC_*): what
 * applies while no administrator has saved settings in the UI (see
 * {@link StoredOidcSettings}).
 */
@Component
class PropertyOidcSettings {

	private final OidcSettings.Values values;

	PropertyOidcSettings(IdentityProperties properties) {
		IdentityProperties.Oidc oidc = properties.oidc();
		this.values = new OidcSettings.Values(oidc.issuer(), oidc.clientId(), oidc.clientSecret(), oidc.defaultRole(),
				oidc.label());
	}

	OidcSettings.Values current() {
		return this.values;
	}

}
