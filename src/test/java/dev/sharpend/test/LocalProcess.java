package dev.sharpend.test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real program from the machine's packages (Prometheus, Alertmanager, Node.js, …)
 * started by a test through {@link Launcher#program}, with its output in a log file that
 * a failing test can show.
 */
public final class LocalProcess implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final Path log;

	private LocalProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/** Where a program is on the PATH, if it is installed. */
	public static boolean installed(String program) {
		return find(program) != null;
	}

	private static Path find(String program) {
		for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
			Path candidate = Path.of(folder, program);
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	/** The process's output so far, for assertions and failure messages. */
	public String output() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	public boolean alive() {
		return this.process.isAlive();
	}

	/** Types a line on the program's standard input. */
	public void type(String line) {
		try {
			OutputStream in = this.process.getOutputStream();
			in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
			in.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the program answers 200 at this address, failing early if it exits.
	 */
	public LocalProcess awaitHttp(String url, Duration limit) {
		Eventually.waiting(this.name + " to answer 200 at " + url, limit)
			.pollInterval(Duration.ofMillis(100))
			.failFast(this.name + " exited", () -> !alive())
			.until(() -> answers(url));
		return this;
	}

	private static boolean answers(String url) {
		try {
			return HTTP
				.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits for the program to end by itself and returns its exit status. */
	public int exitValue(Duration limit) {
		try {
			if (!this.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				close();
				throw new AssertionError(this.name + " did not finish within " + limit + ":\n" + output());
			}
			return this.process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Ends the program and whatever it started, giving it time to stop cleanly. */
	@Override
	public void close() {
		this.process.descendants().forEach(ProcessHandle::destroy);
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.descendants().forEach(ProcessHandle::destroyForcibly);
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	/** What {@link Launcher#program} starts. */
	public static final class Builder {

		private final String program;

		private final String debianPackage;

		private final List<String> arguments = new ArrayList<>();

		private final Map<String, String> environment = new HashMap<>();

		Builder(String program, String debianPackage) {
			this.program = program;
			this.debianPackage = debianPackage;
		}

		public Builder arguments(String... arguments) {
			this.arguments.addAll(List.of(arguments));
			return this;
		}

		public Builder arguments(List<String> arguments) {
			this.arguments.addAll(arguments);
			return this;
		}

		public Builder environment(Map<String, String> environment) {
			this.environment.putAll(environment);
			return this;
		}

		/**
		 * Starts the program in this folder, its output going to
		 * {@code <folder>/<program>.log}; fails saying which package to install when the
		 * program is missing (CI installs it; see ./test).
		 */
		public LocalProcess start(Path folder) {
			Path executable = find(this.program);
			if (executable == null) {
				throw new IllegalStateException(
						this.program + " is not installed; install it with: apt-get install -y " + this.debianPackage);
			}
			List<String> command = new ArrayList<>();
			command.add(executable.toString());
			command.addAll(this.arguments);
			Path log = folder.resolve(this.program + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
			builder.environment().putAll(this.environment);
			try {
				Process process = builder.start();
				copyInBackground(process, log);
				return new LocalProcess(this.program, process, log);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * The output goes through a pipe rather than straight to the file: Hubot's shell
		 * adapter, for one, refuses to run with its output on a file.
		 */
		private void copyInBackground(Process process, Path log) throws IOException {
			OutputStream file = Files.newOutputStream(log);
			Thread copier = new Thread(() -> {
				try (InputStream output = process.getInputStream(); file) {
					output.transferTo(file);
				}
				catch (IOException ex) {
					// the process ended
				}
			}, this.program + "-output");
			copier.setDaemon(true);
			copier.start();
		}

	}

}
