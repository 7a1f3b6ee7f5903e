package dev.sharpend.identity.web;

import dev.sharpend.system.SharpendProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The redirect URI administrators register at their provider: the one Sharpend sends (see
 * {@code OidcClientRegistrations}), from {@code SHARPEND_BASE_URL} or, without it, from
 * the address of the current request.
 */
@Component
class SsoRedirectUri {

	private final SharpendProperties properties;

	SsoRedirectUri(SharpendProperties properties) {
		this.properties = properties;
	}

	/** The redirect URI, and whether it depends on the address the request came in by. */
	Value current() {
		String base = this.properties.baseUrl();
		boolean configured = StringUtils.hasText(base);
		if (!configured) {
			base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return new Value(base + "/login/oauth2/code/oidc", !configured);
	}

	record Value(String uri, boolean fromRequest) {
	}

}
