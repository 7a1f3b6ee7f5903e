package dev.sharpend.identity;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.stereotype.Component;

/**
 * Verifies ID tokens against the current registration. Spring Security's default factory
 * keeps one decoder per registration id for the life of the application, which would go
 * on trusting the old provider's keys after the settings name a new issuer.
 */
@Component
class OidcIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

	private Slot slot;

	@Override
	public synchronized JwtDecoder createDecoder(ClientRegistration registration) {
		if (this.slot == null || this.slot.registration() != registration) {
			this.slot = new Slot(registration, new OidcIdTokenDecoderFactory().createDecoder(registration));
		}
		return this.slot.decoder();
	}

	private record Slot(ClientRegistration registration, JwtDecoder decoder) {
	}

}
