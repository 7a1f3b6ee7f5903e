package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Sharpend in a JVM of its own (this JVM's classpath, the main class), started by
 * {@link Launcher#startProcess(Path)}, so a test can kill it with SIGKILL and start it
 * again on the same database.
 */
public final class SharpendProcess implements AutoCloseable {

	/** A cold start of the whole application on a loaded two-core machine. */
	private static final Duration START = Duration.ofSeconds(90);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private SharpendProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	static SharpendProcess start(int port, List<String> arguments, Path log) {
		List<String> command = new ArrayList<>(ChildJvm.command());
		command.addAll(List.of("--spring.main.lazy-initialization=true", "--spring.main.banner-mode=off"));
		command.addAll(arguments);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			SharpendProcess sharpend = new SharpendProcess(process, port, log);
			sharpend.awaitReady();
			return sharpend;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
	public void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		kill();
	}

	/** The last lines the process wrote, for failure messages. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitReady() {
		try {
			Eventually.waiting("Sharpend on port " + this.port + " to report ready", START)
				.pollInterval(Duration.ofMillis(100))
				.failFast("Sharpend exited during start", () -> !this.process.isAlive())
				.until(this::ready);
		}
		catch (RuntimeException | AssertionError ex) {
			this.process.destroyForcibly();
			throw new IllegalStateException(ex.getMessage() + "; its log ends with:\n" + tail(), ex);
		}
	}

	private boolean ready() {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			// not listening yet
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
