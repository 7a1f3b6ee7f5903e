package dev.sharpend.statuspage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.sharpend.test.Api;
import dev.sharpend.test.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the status page editor through its HTML forms as a signed-in browser would (CSRF
 * tokens from the page), and reads what it made through the API.
 */
final class StatusEditorClient {

	private final int port;

	private final Api browser;

	private final Api api;

	StatusEditorClient(int port) {
		this.port = port;
		this.browser = Api.signedIn(port, TestKeys.ADMIN_EMAIL, TestKeys.ADMIN_PASSWORD);
		this.api = Api.withToken(port, TestKeys.ADMIN_TOKEN);
	}

	Api browser() {
		return this.browser;
	}

	Api api() {
		return this.api;
	}

	/** Creates a page through the list's form; returns its id. */
	String createPage(String name, String slug) {
		Api.Response created = this.browser.submitForm("/status-pages", "/status-pages",
				Map.of("name", name, "slug", slug));
		assertThat(created.status()).as(created.toString()).isEqualTo(302);
		String location = created.header("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	static String slug() {
		return "e-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Posts a form of the editor of a page; expects the redirect back to the editor. */
	Api.Response post(String pageId, String action, Map<String, ?> fields) {
		return this.browser.submitForm("/status-pages/" + pageId, "/status-pages/" + pageId + action, fields);
	}

	Api.Response postOk(String pageId, String action, Map<String, ?> fields) {
		Api.Response response = post(pageId, action, fields);
		assertThat(response.status()).as(response.toString()).isEqualTo(302);
		assertThat(response.header("Location")).contains("/status-pages/" + pageId);
		return response;
	}

	String editor(String pageId) {
		Api.Response page = this.browser.get("/status-pages/" + pageId);
		assertThat(page.status()).isEqualTo(200);
		return page.body();
	}

	String componentId(String pageId, String name) {
		JsonNode items = this.api.get("/api/v1/status-pages/" + pageId + "/components").json().get("items");
		return items.valueStream()
			.filter((c) -> c.get("name").asString().equals(name))
			.map((c) -> c.get("id").asString())
			.findFirst()
			.orElseThrow(() -> new AssertionError("no component " + name));
	}

	String componentStatus(String pageId, String name) {
		return this.api.get("/api/v1/status-pages/" + pageId + "/components/" + componentId(pageId, name))
			.json()
			.get("status")
			.asString();
	}

	JsonNode notice(String pageId, String kind, String name) {
		JsonNode items = this.api.get("/api/v1/status-pages/" + pageId + "/" + kind).json().get("items");
		return items.valueStream()
			.filter((n) -> n.get("name").asString().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " " + name));
	}

	/** The text of the element with an id, tags stripped. */
	static String textOf(String html, String id) {
		Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(html);
		return m.find() ? m.group(1).strip() : null;
	}

	/**
	 * A GET with a chosen Host header, which the JDK's HTTP client does not allow to set.
	 */
	Raw getWithHost(String path, String host) {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int status = Integer.parseInt(response.substring(9, 12));
			return new Raw(status, response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Raw(int status, String text) {
	}

}
