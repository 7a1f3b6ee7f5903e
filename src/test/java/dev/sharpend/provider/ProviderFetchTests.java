package dev.sharpend.provider;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.sharpend.provider.ProviderFetch.FetchFailed;
import dev.sharpend.provider.ProviderFetch.Fetched;
import dev.sharpend.provider.ProviderFetch.Validators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A status feed fetched from a real HTTP server in the test: validators sent back and a
 * 304 taken as unchanged, and every way a host can misbehave cut short within the one
 * deadline with a reason a person can act on.
 */
class ProviderFetchTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(1);

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private static final byte[] SUMMARY = "{\"page\":{\"id\":\"p\"},\"status\":{\"indicator\":\"none\"}}"
		.getBytes(StandardCharsets.UTF_8);

	private final List<String> seen = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private ExecutorService threads;

	private String base;

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.threads = Executors.newCachedThreadPool();
		this.server.setExecutor(this.threads);
		this.server.createContext("/summary.json", (exchange) -> {
			this.seen.add(exchange.getRequestHeaders().getFirst("User-Agent") + " "
					+ exchange.getRequestHeaders().getFirst("If-None-Match"));
			if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("ETag", "\"v1\"");
			send(exchange, 200, SUMMARY);
		});
		this.server.createContext("/plain.json", (exchange) -> send(exchange, 200, SUMMARY));
		this.server.createContext("/moved", (exchange) -> redirect(exchange, "/summary.json"));
		this.server.createContext("/loop", (exchange) -> redirect(exchange, "/loop"));
		this.server.createContext("/elsewhere", (exchange) -> redirect(exchange, "file:///etc/passwd"));
		this.server.createContext("/broken", (exchange) -> send(exchange, 500, "oops".getBytes()));
		this.server.createContext("/slow", (exchange) -> {
			exchange.sendResponseHeaders(200, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				for (int i = 0; i < 100; i++) {
					out.write('{');
					out.flush();
					Thread.sleep(100);
				}
			}
			catch (InterruptedException | IOException ex) {
				// the client gave up, as it should
			}
		});
		this.server.createContext("/huge-announced", (exchange) -> huge(exchange, 50L * 1024 * 1024));
		this.server.createContext("/huge-chunked", (exchange) -> huge(exchange, 0));
		this.server.start();
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.threads.shutdownNow();
	}

	@Test
	void sendsTheValidatorsOfTheLastAnswerAndTakesA304AsUnchanged() {
		ProviderFetch fetch = new ProviderFetch(TIMEOUT, true);
		Fetched first = fetch.fetch(this.base + "/moved", Validators.none(), NOW);
		assertThat(first.isUnchanged()).isFalse();
		assertThat(first.body().bytes()).isEqualTo(SUMMARY);
		assertThat(first.body().fetchedAt()).isEqualTo(NOW);
		assertThat(first.validators().etag()).isEqualTo("\"v1\"");
		assertThat(first.validators().hash()).hasSize(64);

		Fetched second = fetch.fetch(this.base + "/summary.json", first.validators(), NOW);
		assertThat(second.isUnchanged()).isTrue();
		assertThat(this.seen).containsExactly("Sharpend null", "Sharpend \"v1\"");
	}

	@Test
	void hashesABodyWhoseHostGivesNoValidators() {
		ProviderFetch fetch = new ProviderFetch(TIMEOUT, true);
		Fetched first = fetch.fetch(this.base + "/plain.json", Validators.none(), NOW);
		assertThat(first.validators().etag()).isNull();
		assertThat(first.validators().lastModified()).isNull();
		assertThat(first.validators().conditional()).isFalse();
		assertThat(first.validators().hash()).isEqualTo(ProviderFetch.sha256(SUMMARY));
	}

	@Test
	void cutsOffAHostThatTricklesItsAnswerAtTheDeadline() {
		ProviderFetch fetch = new ProviderFetch(TIMEOUT, true);
		long start = System.nanoTime();
		assertThatThrownBy(() -> fetch.fetch(this.base + "/slow", Validators.none(), NOW))
			.isInstanceOf(FetchFailed.class)
			.hasMessage("The status feed did not answer in full within 1 s; Sharpend tries again later.");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TIMEOUT.plusMillis(500));
	}

	@Test
	void refusesAHugeBodyWithoutReadingItAll() {
		ProviderFetch fetch = new ProviderFetch(Duration.ofSeconds(5), true);
		long start = System.nanoTime();
		assertThatThrownBy(() -> fetch.fetch(this.base + "/huge-announced", Validators.none(), NOW))
			.hasMessageContaining("more than 4 MB");
		assertThatThrownBy(() -> fetch.fetch(this.base + "/huge-chunked", Validators.none(), NOW))
			.hasMessageContaining("more than 4 MB");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
	}

	@Test
	void refusesErrorsRedirectLoopsAndAddressesOutsideTheRules() {
		ProviderFetch fetch = new ProviderFetch(TIMEOUT, true);
		assertThatThrownBy(() -> fetch.fetch(this.base + "/broken", Validators.none(), NOW))
			.hasMessageStartingWith("The status feed answered HTTP 500;");
		assertThatThrownBy(() -> fetch.fetch(this.base + "/gone", Validators.none(), NOW))
			.hasMessageContaining("HTTP 404; the address may have moved");
		assertThatThrownBy(() -> fetch.fetch(this.base + "/loop", Validators.none(), NOW))
			.hasMessage("The status feed redirected more than 5 times (a redirect loop?); "
					+ "give the address it finally answers at.");
		assertThatThrownBy(() -> fetch.fetch(this.base + "/elsewhere", Validators.none(), NOW))
			.hasMessageContaining("no http or https address");
		assertThatThrownBy(() -> fetch.fetch("http://127.0.0.1:1/summary.json", Validators.none(), NOW))
			.hasMessageStartingWith("Could not read the status feed from 127.0.0.1");
	}

	@Test
	void refusesPrivateAndLoopbackAddressesUnlessAllowed() {
		ProviderFetch fetch = new ProviderFetch(TIMEOUT, false);
		for (String address : List.of(this.base + "/summary.json", "http://10.0.0.8/status.json",
				"http://169.254.169.254/latest", "http://[::1]/summary.json")) {
			assertThatThrownBy(() -> fetch.fetch(address, Validators.none(), NOW)).isInstanceOf(FetchFailed.class)
				.hasMessageContaining("is a private, loopback or link-local address")
				.hasMessageContaining("SHARPEND_PROVIDER_ALLOW_PRIVATE_TARGETS");
		}
		assertThat(this.seen).as("nothing was sent").isEmpty();
	}

	@Test
	void waitsLongerAfterEachFailureUpToAnHour() {
		Duration five = Duration.ofMinutes(5);
		assertThat(ProviderPolling.backoff(five, 1)).isEqualTo(five);
		assertThat(ProviderPolling.backoff(five, 2)).isEqualTo(Duration.ofMinutes(10));
		assertThat(ProviderPolling.backoff(five, 4)).isEqualTo(Duration.ofMinutes(40));
		assertThat(ProviderPolling.backoff(five, 5)).isEqualTo(Duration.ofHours(1));
		assertThat(ProviderPolling.backoff(five, 500)).isEqualTo(Duration.ofHours(1));
		assertThat(ProviderPolling.backoff(Duration.ofHours(2), 3)).isEqualTo(Duration.ofHours(2));
	}

	private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().add("Location", location);
		exchange.sendResponseHeaders(302, -1);
		exchange.close();
	}

	private static void huge(HttpExchange exchange, long length) {
		byte[] chunk = new byte[64 * 1024];
		try {
			exchange.sendResponseHeaders(200, length);
			try (OutputStream out = exchange.getResponseBody()) {
				for (long sent = 0; sent < 50L * 1024 * 1024; sent += chunk.length) {
					out.write(chunk);
				}
			}
		}
		catch (IOException ex) {
			// the client stopped reading, as it should
		}
	}

}
