package dev.sharpend.test;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.h2.tools.Server;

/**
 * A database that Sharpend nodes in several processes share, for tests that kill one: on
 * PostgreSQL a new database as {@link TestDatabase} makes it; on H2, whose file one
 * process alone may open, a new file served by an H2 server in the test's JVM, which
 * outlives the nodes as a database server does.
 */
public final class ProcessDatabase implements AutoCloseable {

	/** What Sharpend's embedded H2 uses, so the served file behaves the same. */
	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private final Map<String, String> settings;

	private final Server server;

	private ProcessDatabase(Map<String, String> settings, Server server) {
		this.settings = settings;
		this.server = server;
	}

	public static ProcessDatabase create() {
		Map<String, String> settings = new HashMap<>(TestDatabase.properties());
		if (TestDatabase.postgres()) {
			return new ProcessDatabase(settings, null);
		}
		int port = Launcher.freePort();
		try {
			Server server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-tcpDaemon")
				.start();
			Path file = Path.of(settings.get("sharpend.data-dir"), "db", "sharpend").toAbsolutePath();
			settings.put("sharpend.database.url", "jdbc:h2:tcp://127.0.0.1:" + port + "/" + file + H2_OPTIONS);
			settings.put("sharpend.database.username", "sa");
			settings.put("sharpend.database.password", "");
			settings.put("sharpend.secret.master-key", TestKeys.MASTER_KEY);
			return new ProcessDatabase(settings, server);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot start an H2 server: " + ex.getMessage(), ex);
		}
	}

	/** The settings of a node on this database: data folder, database and master key. */
	public Map<String, String> settings() {
		return Map.copyOf(this.settings);
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.stop();
		}
	}

}
