package dev.sharpend.system.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.sharpend.test.SharpendIntegrationTest;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parameters that are not valid URL encoding are a 400, logged in at most one line in
 * which nothing the client sent can start a new line, and without a stack trace.
 */
@SharpendIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedParameterIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/login?x=%0aFORGED%20admin%20signed%20in%zz", "/api/v1/incidents?q=%",
			"/login?x=%0aFORGED%20admin%20signed%20in%ff%fe", "/search?q=%0aFORGED%2", "/no/such/page?x=%zz" })
	void aMalformedQueryIsABadRequestLoggedOnOneEscapedLine(String target, CapturedOutput output) {
		String response = send("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(statusOf(response)).as(response).isEqualTo(400);
		assertThat(output.getAll().lines()).noneMatch((line) -> line.startsWith("FORGED"))
			.noneMatch((line) -> line.startsWith("\tat "))
			.noneMatch((line) -> line.contains("Exception"));
		assertThat(output.getAll().lines().filter((line) -> line.contains("FORGED"))).hasSizeLessThanOrEqualTo(1);
	}

	@Test
	void aMalformedFormIsABadRequestToo(CapturedOutput output) {
		String body = "email=a%0aFORGED%zz&password=x";
		String response = send("POST /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
				+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length() + "\r\n\r\n"
				+ body);

		assertThat(statusOf(response)).as(response).isEqualTo(400);
		assertThat(output.getAll().lines()).noneMatch((line) -> line.startsWith("FORGED"))
			.noneMatch((line) -> line.startsWith("\tat "));
	}

	@Test
	void anApiClientGetsAProblemDocument() {
		String response = send("GET /api/v1/incidents?q=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(statusOf(response)).isEqualTo(400);
		assertThat(response).contains("application/problem+json").contains("not valid URL encoding");
	}

	// Raw, because HTTP clients refuse to send such a target at all.
	private String send(String request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int statusOf(String response) {
		return Integer.parseInt(response.substring(9, 12));
	}

}
