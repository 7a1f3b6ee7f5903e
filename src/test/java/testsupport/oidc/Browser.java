package testsupport.oidc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cookie-keeping HTTP client that follows redirects one at a time, across hosts, the
 * way a browser goes from Sharpend to a provider and back.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	/**
	 * Signs in at Sharpend ({@code sharpendBase}) through the provider as the given
	 * person, and returns Sharpend's answer to the provider's callback: a redirect to
	 * where the person lands.
	 */
	public HttpResponse<String> signInWithSingleSignOn(String sharpendBase, String username) {
		HttpResponse<String> response = get(URI.create(sharpendBase + "/oauth2/authorization/oidc"));
		for (int step = 0; step < 10; step++) {
			boolean atProvider = !response.uri().toString().startsWith(sharpendBase);
			if (atProvider && response.statusCode() == 200 && response.body().contains("name=\"password\"")) {
				response = postForm(response.uri().resolve("/login"), Map.of("username", username, "password",
						OidcProvider.PASSWORD, "_csrf", csrf(response.body())));
				continue;
			}
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() != 302 || location == null) {
				return response;
			}
			URI next = response.uri().resolve(location);
			if (next.toString().startsWith(sharpendBase) && !next.getPath().startsWith("/login/oauth2/code/")) {
				return response;
			}
			response = get(next);
		}
		throw new IllegalStateException("Too many redirects, last at " + response.uri());
	}

	public HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri).GET());
	}

	public HttpResponse<String> postForm(URI uri, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			// As a browser does; the provider sends only HTML clients to its sign-in
			// form.
			request.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
			return this.client.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the provider's sign-in form");
		}
		return matcher.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
