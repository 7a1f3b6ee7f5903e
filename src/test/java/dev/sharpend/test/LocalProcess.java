package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server from the machine's packages (Prometheus, Alertmanager, …) started by a
 * test on loopback, with its output in a log file that a failing test can show.
 */
public final class LocalProcess implements AutoCloseable {

	private final Process process;

	private final Path log;

	private LocalProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts a program, failing with the package to install when it is missing (CI
	 * installs it; see .ci/run).
	 */
	public static LocalProcess start(String program, String debianPackage, Path workDir, List<String> args) {
		Path executable = Path.of("/usr/bin", program);
		if (!Files.isExecutable(executable)) {
			throw new IllegalStateException(
					executable + " is missing; install it with: apt-get install -y " + debianPackage);
		}
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(args);
		try {
			Path log = workDir.resolve(program + ".log");
			Process process = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new LocalProcess(process, log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The process's output so far, for failure messages. */
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

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

}
