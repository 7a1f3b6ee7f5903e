package dev.sharpend.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests: talks to a running Sharpend as an API client (bearer
 * token) or as a browser (cookies and CSRF tokens taken from forms).
 */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");

	private final String base;

	private final String token;

	private final HttpClient client;

	private final Map<String, String> headers;

	private Api(String base, String token, HttpClient client) {
		this(base, token, client, Map.of());
	}

	private Api(String base, String token, HttpClient client, Map<String, String> headers) {
		this.base = base;
		this.token = token;
		this.client = client;
		this.headers = headers;
	}

	/**
	 * The same client (credentials and cookies) sending one more header on every request,
	 * such as a proxy's {@code X-Forwarded-For}.
	 */
	public Api withHeader(String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(this.headers);
		all.put(name, value);
		return new Api(this.base, this.token, this.client, Map.copyOf(all));
	}

	/** A client without credentials. */
	public static Api anonymous(int port) {
		return new Api("http://localhost:" + port, null, newClient());
	}

	/** A client sending {@code Authorization: Bearer <token>}. */
	public static Api withToken(int port, String token) {
		return new Api("http://localhost:" + port, token, newClient());
	}

	/**
	 * A browser-like client signed in with e-mail and password through the login form.
	 */
	public static Api signedIn(int port, String email, String password) {
		Api api = anonymous(port);
		Response login = api.submitForm("/login", "/login", Map.of("email", email, "password", password));
		if (login.status() != 302 || login.header("Location").contains("error")) {
			throw new IllegalStateException(
					"Sign-in failed for " + email + ": " + login.status() + " " + login.header("Location"));
		}
		return api;
	}

	private static HttpClient newClient() {
		return HttpClient.newBuilder()
			.cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** A GET as a browser sends it, asking for HTML. */
	public Response getHtml(String path) {
		return send(request(path).header("Accept", "text/html,application/xhtml+xml").GET());
	}

	/** A GET with extra request headers (conditional requests, encodings). */
	public Response getWithHeaders(String path, Map<String, String> headers) {
		HttpRequest.Builder builder = request(path).GET();
		headers.forEach(builder::header);
		return send(builder);
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response postJson(String path, Object body) {
		return sendJson("POST", path, body);
	}

	/** Posts a body exactly as given, such as JSON in another encoding than UTF-8. */
	public Response postBytes(String path, String contentType, byte[] body) {
		return send(
				request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	public Response sendJson(String method, String path, Object body) {
		String json = (body instanceof String s) ? s : JSON.writeValueAsString(body);
		return send(request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Loads {@code formPage}, takes the CSRF token from it and posts the fields to
	 * {@code action}, as a browser would.
	 */
	public Response submitForm(String formPage, String action, Map<String, ?> fields) {
		Response page = get(formPage);
		Matcher matcher = CSRF.matcher(page.body());
		Map<String, Object> all = new LinkedHashMap<>(fields);
		if (matcher.find()) {
			all.put("_csrf", matcher.group(1));
		}
		return postForm(action, all);
	}

	/** Posts a form; a collection value is sent as one field per element (checkboxes). */
	public Response postForm(String path, Map<String, ?> fields) {
		String body = fields.entrySet()
			.stream()
			.flatMap((e) -> ((e.getValue() instanceof java.util.Collection<?> values) ? values.stream()
					: java.util.stream.Stream.of(e.getValue()))
				.map((value) -> enc(e.getKey()) + "=" + enc(String.valueOf(value))))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Loads {@code formPage}, takes the CSRF token from it and posts the fields and one
	 * file as {@code multipart/form-data}, as a browser posts a form with a file input.
	 */
	public Response submitMultipart(String formPage, String action, Map<String, String> fields, FilePart file) {
		Matcher matcher = CSRF.matcher(get(formPage).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (matcher.find()) {
			all.put("_csrf", matcher.group(1));
		}
		String boundary = "----sharpend" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
					+ "\"; filename=\"" + file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/**
	 * A file sent with a multipart form.
	 *
	 * @param field the form field's name
	 * @param filename the file's name
	 * @param contentType its media type
	 * @param content its bytes
	 */
	public record FilePart(String field, String filename, String contentType, byte[] content) {
	}

	/** Posts a form with extra request headers (such as htmx's {@code HX-Request}). */
	public Response postFormWithHeaders(String path, Map<String, ?> fields, Map<String, String> headers) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(String.valueOf(e.getValue())))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		headers.forEach(builder::header);
		return send(builder);
	}

	public Response send(String method, String path) {
		return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30));
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		this.headers.forEach(builder::header);
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A response.
	 * @param status HTTP status
	 * @param body the body as text
	 * @param raw the underlying response
	 */
	/**
	 * The body of a response that must be {@code 201 Created}, for fixtures that create
	 * what a test needs; anything else fails with the status and body.
	 */
	public static JsonNode created(Response response) {
		if (response.status() != 201) {
			throw new AssertionError("expected 201, got " + response);
		}
		return response.json();
	}

	public record Response(int status, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse("");
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

}
