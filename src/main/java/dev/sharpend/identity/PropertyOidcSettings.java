package dev.sharpend.identity;

import org.springframework.stereotype.Component;

/** Single sign-on settings from {@code sharpend.identity.oidc.*} (SHARPEND_OIDC_*). */
@Component
class PropertyOidcSettings implements OidcSettings {

	private final Values values;

	PropertyOidcSettings(IdentityProperties properties) {
		IdentityProperties.Oidc oidc = properties.oidc();
		this.values = new Values(oidc.issuer(), oidc.clientId(), oidc.clientSecret(), oidc.defaultRole(), oidc.label());
	}

	@Override
	public Values current() {
		return this.values;
	}

}
