package dev.sharpend.provider.web;

import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.stereotype.Component;

/** Small text helpers for the provider pages ({@code @providerText} in templates). */
@Component("providerText")
class ProviderText {

	/** The host of an address, as a short link text; the address when it has none. */
	public String host(String address) {
		try {
			String host = new URI(address).getHost();
			return (host != null) ? host : address;
		}
		catch (URISyntaxException ex) {
			return address;
		}
	}

}
