package dev.sharpend.oncall;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import dev.sharpend.system.InternalAddresses;
import dev.sharpend.system.RequestRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Fetches a calendar feed someone gives by URL: http, https or webcal only, within a
 * timeout and a size limit, never from an address inside the network Sharpend runs in
 * (unless {@code sharpend.oncall.import-allow-private-urls} is set), and following a
 * redirect only after checking where it leads.
 */
@Component
class ImportFetch {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final int MAX_REDIRECTS = 3;

	private final boolean allowPrivate;

	private final HttpClient client;

	ImportFetch(@Value("${sharpend.oncall.import-allow-private-urls:false}") boolean allowPrivate) {
		this.allowPrivate = allowPrivate;
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT)
			.build();
	}

	String calendar(String url) {
		URI uri = checked(url);
		try {
			for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
				HttpRequest request = HttpRequest.newBuilder(uri)
					.timeout(TIMEOUT)
					.header("Accept", "text/calendar")
					.header("User-Agent", "Sharpend-Import/1")
					.GET()
					.build();
				HttpResponse<InputStream> response = this.client.send(request,
						HttpResponse.BodyHandlers.ofInputStream());
				try (InputStream in = response.body()) {
					int status = response.statusCode();
					if (status / 100 == 3 && response.headers().firstValue("Location").isPresent()) {
						uri = checked(uri.resolve(response.headers().firstValue("Location").get()).toString());
						continue;
					}
					if (status != 200) {
						throw RequestRejected.invalid("url",
								"The calendar URL answered HTTP " + status + "; check that the link is still valid.");
					}
					byte[] body = in.readNBytes(MAX_BYTES + 1);
					if (body.length > MAX_BYTES) {
						throw RequestRejected.invalid("url",
								"The calendar is larger than 2 MiB; export a shorter " + "stretch.");
					}
					return new String(body, StandardCharsets.UTF_8);
				}
			}
			throw RequestRejected.invalid("url", "The calendar URL redirected more than " + MAX_REDIRECTS + " times.");
		}
		catch (IOException ex) {
			throw RequestRejected.invalid("url", "The calendar could not be fetched from " + uri.getHost() + " ("
					+ ex.getClass().getSimpleName() + ").");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw RequestRejected.invalid("url", "Interrupted while fetching the calendar.");
		}
	}

	private URI checked(String url) {
		URI uri;
		try {
			String given = url.strip();
			if (given.toLowerCase(Locale.ROOT).startsWith("webcal://")) {
				given = "https://" + given.substring("webcal://".length());
			}
			uri = new URI(given);
		}
		catch (URISyntaxException ex) {
			throw RequestRejected.invalid("url", "Give the calendar's http, https or webcal URL.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
				|| uri.getRawUserInfo() != null) {
			throw RequestRejected.invalid("url",
					"Give the calendar's http, https or webcal URL (without user name " + "or password).");
		}
		if (!this.allowPrivate) {
			String host = uri.getHost().replaceAll("^\\[|\\]$", "");
			try {
				for (InetAddress address : InetAddress.getAllByName(host)) {
					if (InternalAddresses.internal(address)) {
						throw RequestRejected.invalid("url", "The URL's host " + host + " is a private, loopback or "
								+ "link-local address; Sharpend does not fetch from there.");
					}
				}
			}
			catch (UnknownHostException ex) {
				throw RequestRejected.invalid("url", "The host " + host + " could not be found.");
			}
		}
		return uri;
	}

}
