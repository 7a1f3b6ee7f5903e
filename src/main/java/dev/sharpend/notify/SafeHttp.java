package dev.sharpend.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

/**
 * Posts to subscriber-supplied URLs: only http and https, bounded by timeouts, and
 * following a redirect only when it keeps the method and stays on the same scheme, host
 * and port, so a receiver cannot bounce Sharpend to another host. Every hop is checked
 * against {@link OutboundTargets} right before it is sent.
 */
@Component
class SafeHttp {

	private static final int MAX_REDIRECTS = 3;

	private final HttpClient client;

	private final NotifyProperties properties;

	private final OutboundTargets targets;

	SafeHttp(NotifyProperties properties, OutboundTargets targets) {
		this.properties = properties;
		this.targets = targets;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(properties.httpTimeout())
			.build();
	}

	/** Checks a URL a subscriber gives; returns it normalised. */
	static URI checkedUrl(String url) {
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase() : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
					|| uri.getRawUserInfo() != null) {
				throw new IllegalArgumentException("not an http(s) URL");
			}
			return uri;
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalArgumentException("not a URL", ex);
		}
	}

	void post(String url, String contentType, byte[] body, Map<String, String> headers) throws DeliveryFailed {
		URI uri;
		try {
			uri = checkedUrl(url);
		}
		catch (IllegalArgumentException ex) {
			throw new DeliveryFailed("The URL is not an http or https URL.");
		}
		for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
			this.targets.checkSending(uri);
			HttpResponse<Void> response = send(uri, contentType, body, headers);
			int status = response.statusCode();
			if (status / 100 == 2) {
				return;
			}
			if (status != 307 && status != 308) {
				throw new DeliveryFailed("The receiver answered HTTP " + status + ".");
			}
			URI next = response.headers().firstValue("Location").map(uri::resolve).orElse(null);
			if (next == null || !sameOrigin(uri, next)) {
				throw new DeliveryFailed("The receiver redirected to another host (" + status + "); not followed.");
			}
			uri = next;
		}
		throw new DeliveryFailed("The receiver redirected more than " + MAX_REDIRECTS + " times.");
	}

	private HttpResponse<Void> send(URI uri, String contentType, byte[] body, Map<String, String> headers)
			throws DeliveryFailed {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri)
			.timeout(this.properties.httpTimeout())
			.header("Content-Type", contentType)
			.header("User-Agent", "Sharpend-Notify/1")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw new DeliveryFailed("Could not reach the receiver: " + ex.getClass().getSimpleName()
					+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryFailed("Interrupted while sending.", ex);
		}
	}

	private static boolean sameOrigin(URI a, URI b) {
		return a.getScheme().equalsIgnoreCase(String.valueOf(b.getScheme()))
				&& a.getHost().equalsIgnoreCase(String.valueOf(b.getHost())) && port(a) == port(b);
	}

	private static int port(URI uri) {
		return (uri.getPort() != -1) ? uri.getPort()
				: Objects.equals(uri.getScheme().toLowerCase(), "https") ? 443 : 80;
	}

}
