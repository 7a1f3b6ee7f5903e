package dev.sharpend.system;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.test.Api;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that open a request and then send its body a byte at a time (the "slow body"
 * attack) must not take the node down: with every request thread they could hold, the
 * public page and the sign-in page still answer at once.
 */
@SharpendIntegrationTest
@TestPropertySource(properties = { "server.tomcat.threads.max=8", "server.tomcat.connection-timeout=30s",
		"sharpend.request.body-timeout=30s" })
@OwnApplication
class SlowRequestBodyIntegrationTests {

	/** More slow clients than the node has request threads. */
	private static final int SLOW_CLIENTS = 24;

	@LocalServerPort
	int port;

	private final List<Socket> slowClients = new ArrayList<>();

	@AfterEach
	void hangUp() throws IOException {
		for (Socket socket : this.slowClients) {
			socket.close();
		}
	}

	@Test
	void publicPageAndSignInStillAnswerWhileSlowClientsHoldTheirBodies() throws Exception {
		String slug = "slow-" + UUID.randomUUID().toString().substring(0, 8);
		Api admin = Api.withToken(this.port, TestKeys.ADMIN_TOKEN);
		assertThat(admin.postJson("/api/v1/status-pages", Map.of("name", "Slow body", "slug", slug)).status())
			.isEqualTo(201);
		for (int i = 0; i < SLOW_CLIENTS; i++) {
			// the sign-in form, an API write and a path that does not exist: each reads a
			// body
			String path = switch (i % 3) {
				case 0 -> "/login";
				case 1 -> "/api/v1/incidents";
				default -> "/no/such/form";
			};
			String type = path.startsWith("/api") ? "application/json" : "application/x-www-form-urlencoded";
			this.slowClients.add(startSlowBody(path, type));
		}
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		for (String path : List.of("/p/" + slug + "/", "/login", "/p/" + slug + "/api/v2/status.json")) {
			HttpResponse<String> response = client
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.timeout(Duration.ofSeconds(5))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
		}
		// a quick write gets through or is told to come back, never left hanging
		HttpResponse<String> write = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/incidents"))
				.timeout(Duration.ofSeconds(5))
				.header("Authorization", "Bearer " + TestKeys.ADMIN_TOKEN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"During a slow-body attack\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(write.statusCode()).isIn(201, 503);
	}

	@Test
	void aRefusedWriteKeepsItsConnectionForTheNextRequest() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			java.io.InputStream in = socket.getInputStream();
			String body = "{\"title\":\"Nope\"}";
			// no token: refused before the body is read
			out.write(("POST /api/v1/incidents HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.length() + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(readResponse(in)).startsWith("HTTP/1.1 401").doesNotContainIgnoringCase("connection: close");
			out.write("GET /login HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			assertThat(readResponse(in)).startsWith("HTTP/1.1 200");
		}
	}

	/** One response's head and body (Content-Length or chunked), read off the socket. */
	private static String readResponse(java.io.InputStream in) throws IOException {
		StringBuilder head = new StringBuilder();
		while (!head.toString().endsWith("\r\n\r\n")) {
			int c = in.read();
			if (c < 0) {
				throw new IOException("the connection was closed after: " + head);
			}
			head.append((char) c);
		}
		String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(lower);
		if (length.find()) {
			in.readNBytes(Integer.parseInt(length.group(1)));
		}
		else if (lower.contains("transfer-encoding: chunked")) {
			while (true) {
				StringBuilder line = new StringBuilder();
				for (int c = in.read(); c != '\n'; c = in.read()) {
					line.append((char) c);
				}
				int size = Integer.parseInt(line.toString().strip(), 16);
				in.readNBytes(size + 2);
				if (size == 0) {
					break;
				}
			}
		}
		return head.toString();
	}

	/** Sends the headers and the first byte of a 10,000-byte body, and then nothing. */
	private Socket startSlowBody(String path, String contentType) throws IOException {
		Socket socket = new Socket("localhost", this.port);
		OutputStream out = socket.getOutputStream();
		out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
				+ "\r\nContent-Length: 10000\r\n\r\n{")
			.getBytes(StandardCharsets.US_ASCII));
		out.flush();
		return socket;
	}

}
