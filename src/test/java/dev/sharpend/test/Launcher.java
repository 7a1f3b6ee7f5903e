package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.Sharpend;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Starts what a test needs beside the application Spring's test support gives it: more
 * Sharpend nodes on a database of the test's choosing, in this JVM ({@link #start()}) or
 * in a JVM of their own that can be killed ({@link #startProcess(Path)}), and programs
 * from the machine's packages ({@link #program}). Settings are passed as command-line
 * arguments, so they win over application.properties as environment variables would.
 */
public final class Launcher {

	private final Map<String, String> settings = new LinkedHashMap<>();

	private Clock clock;

	private Launcher(Map<String, String> settings) {
		this.settings.put("server.port", "0");
		this.settings.putAll(settings);
	}

	/**
	 * A Sharpend with these settings, usually {@link TestDatabase#properties()} or those
	 * of a database another node already uses.
	 */
	public static Launcher sharpend(Map<String, String> settings) {
		return new Launcher(settings);
	}

	/**
	 * A program from the machine's packages, failing with the package to install when it
	 * is missing.
	 */
	public static LocalProcess.Builder program(String program, String debianPackage) {
		return new LocalProcess.Builder(program, debianPackage);
	}

	/** A port nobody listens on right now, for a peer that needs one given. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Launcher setting(String name, String value) {
		this.settings.put(name, value);
		return this;
	}

	/**
	 * The test's bootstrap administrator and scrape token ({@link TestKeys}), so fixtures
	 * can sign in, call the API and read the metrics.
	 */
	public Launcher testAdmin() {
		return setting("sharpend.identity.bootstrap.admin-email", TestKeys.ADMIN_EMAIL)
			.setting("sharpend.identity.bootstrap.admin-password", TestKeys.ADMIN_PASSWORD)
			.setting("sharpend.identity.bootstrap.admin-token", TestKeys.ADMIN_TOKEN)
			.setting("sharpend.metrics-scrape-token", TestKeys.SCRAPE_TOKEN);
	}

	/** A clock in place of the system clock (only for a node in this JVM). */
	public Launcher clock(Clock clock) {
		this.clock = clock;
		return this;
	}

	/**
	 * Starts the node in this JVM and returns once it is ready; a node that cannot start
	 * throws what stopped it.
	 */
	public SharpendNode start() {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Sharpend.class);
		Clock replacement = this.clock;
		if (replacement != null) {
			builder.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Clock) ? replacement : bean;
				}
			}));
		}
		return new SharpendNode(builder.run(arguments()));
	}

	/**
	 * Starts the node in a JVM of its own, with its output appended to {@code log}, and
	 * waits until it reports ready.
	 */
	public SharpendProcess startProcess(Path log) {
		if (this.clock != null) {
			throw new IllegalStateException("A clock can only replace the system clock of a node in this JVM");
		}
		int port = freePort();
		this.settings.put("server.port", String.valueOf(port));
		List<String> arguments = new ArrayList<>(List.of(arguments()));
		return SharpendProcess.start(port, arguments, log);
	}

	private String[] arguments() {
		return this.settings.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
	}

}
