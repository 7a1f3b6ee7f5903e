package dev.sharpend.oncall;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.sharpend.oncall.ScheduleImportTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calendar given by URL is fetched from a real HTTP server in the test: followed
 * through a redirect, refused when too large, when the link is dead or when the address
 * is internal.
 */
class ImportFetchTests {

	private HttpServer server;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/team.ics", (exchange) -> {
			byte[] body = ImportTestData.fixture("grafana-oncall.ics").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/calendar");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		this.server.createContext("/moved.ics", (exchange) -> {
			exchange.getResponseHeaders().add("Location", "/team.ics");
			exchange.sendResponseHeaders(302, -1);
			exchange.close();
		});
		this.server.createContext("/huge.ics", (exchange) -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(new byte[ImportFetch.MAX_BYTES + 10]);
			}
		});
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void fetchesACalendarThroughARedirect() {
		String text = new ImportFetch(true).calendar(this.base + "/moved.ics");
		assertThat(text).startsWith("BEGIN:VCALENDAR").contains("[L1] Carol Jones");
	}

	@Test
	void refusesInternalAddressesLargeCalendarsDeadLinksAndOtherSchemes() {
		assertRefused(() -> new ImportFetch(false).calendar(this.base + "/team.ics"), "url", "private, loopback");
		assertRefused(() -> new ImportFetch(true).calendar(this.base + "/huge.ics"), "url", "larger than 2 MiB");
		assertRefused(() -> new ImportFetch(true).calendar(this.base + "/gone.ics"), "url", "answered HTTP 404");
		assertRefused(() -> new ImportFetch(true).calendar("file:///etc/passwd"), "url", "http, https or webcal");
		assertRefused(() -> new ImportFetch(false).calendar("webcal://127.0.0.1/x.ics"), "url", "private, loopback");
	}

}
