package dev.sharpend.alert;

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
import java.util.Map;

import dev.sharpend.test.LocalProcess;

/**
 * Sharpend in a JVM of its own (the test classpath, the main class), so a test can kill
 * it with SIGKILL and start it again on the same database.
 */
final class SharpendProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private SharpendProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts Sharpend with these settings and waits until it is ready. */
	static SharpendProcess start(Map<String, String> settings, Path log) throws Exception {
		int port = LocalProcess.freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
						"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
						"dev.sharpend.Sharpend", "--server.port=" + port, "--spring.main.lazy-initialization=true",
						"--spring.main.banner-mode=off"));
		settings.forEach((key, value) -> command.add("--" + key + "=" + value));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		SharpendProcess sharpend = new SharpendProcess(process, port, log);
		sharpend.awaitReady();
		return sharpend;
	}

	String baseUrl() {
		return "http://127.0.0.1:" + this.port;
	}

	/** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	private void awaitReady() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("Sharpend exited during start:\n" + tail());
			}
			try {
				HttpResponse<Void> ready = HTTP.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.discarding());
				if (ready.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		this.process.destroyForcibly();
		throw new IllegalStateException("Sharpend did not get ready:\n" + tail());
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
