package dev.sharpend.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: a fresh H2 file database in
 * a new data folder, or, when the suite runs with
 * {@code -Dsharpend.test.database=postgresql}, a new database on the PostgreSQL server
 * named by {@code SHARPEND_TEST_POSTGRES_URL}. The same tests therefore run unchanged on
 * both.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>(properties());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
	}

	/** Properties for a new, empty installation: data folder, database and master key. */
	public static Map<String, String> properties() {
		Map<String, String> properties = new HashMap<>();
		Path dataDir = newDataDir();
		properties.put("sharpend.data-dir", dataDir.toString());
		// Many test applications stay cached at once; small pools keep them within the
		// server's connection slots.
		properties.put("sharpend.database.pool-size", "4");
		if (postgres()) {
			Server server = Server.fromEnvironment();
			String name = server.createDatabase("sharpend_test_");
			properties.put("sharpend.database.url", server.urlFor(name));
			properties.put("sharpend.database.username", server.username());
			properties.put("sharpend.database.password", server.password());
			properties.put("sharpend.secret.master-key", TestKeys.MASTER_KEY);
		}
		return properties;
	}

	/** Whether this run of the suite is the PostgreSQL one. */
	public static boolean postgres() {
		return "postgresql".equals(System.getProperty("sharpend.test.database"));
	}

	public static Path newDataDir() {
		try {
			Path folder = Files.createTempDirectory("sharpend-test-");
			Leftovers.INSTANCE.folders.add(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The PostgreSQL server the suite runs against.
	 *
	 * @param baseUrl JDBC URL without a database name, ending in "/"
	 * @param username the user name
	 * @param password the password
	 */
	public record Server(String baseUrl, String username, String password) {

		public static Server fromEnvironment() {
			String url = System.getenv("SHARPEND_TEST_POSTGRES_URL");
			if (url == null || url.isBlank()) {
				throw new IllegalStateException(
						"SHARPEND_TEST_POSTGRES_URL must name a PostgreSQL server, e.g. jdbc:postgresql://localhost:5432/postgres");
			}
			String base = url.substring(0, url.lastIndexOf('/') + 1);
			return new Server(base, System.getenv().getOrDefault("SHARPEND_TEST_POSTGRES_USERNAME", "postgres"),
					System.getenv().getOrDefault("SHARPEND_TEST_POSTGRES_PASSWORD", ""));
		}

		/** A new, empty database, dropped when the test JVM exits. */
		public String createDatabase(String prefix) {
			String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			execute("create database " + name);
			Leftovers.INSTANCE.databases.put(name, this);
			return name;
		}

		public String urlFor(String database) {
			return this.baseUrl + database;
		}

		public void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(urlFor("postgres"), this.username, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						"Cannot run \"" + sql + "\" on the test PostgreSQL server: " + ex.getMessage(), ex);
			}
		}

	}

	/**
	 * What the test applications leave behind: every data folder and PostgreSQL database,
	 * removed as the JVM exits (the cached applications are closed by then or are being
	 * closed; {@code with (force)} ends their last connections).
	 */
	private static final class Leftovers {

		static final Leftovers INSTANCE = new Leftovers();

		final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

		final Map<String, Server> databases = new java.util.concurrent.ConcurrentHashMap<>();

		private Leftovers() {
			Runtime.getRuntime().addShutdownHook(new Thread(this::remove, "test-leftovers"));
		}

		private void remove() {
			this.databases.forEach((name, server) -> {
				try {
					server.execute("drop database if exists " + name + " with (force)");
				}
				catch (RuntimeException ex) {
					// the server may be gone already; ./test removes what is left next
					// time
				}
			});
			for (Path folder : this.folders) {
				try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
					paths.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
				}
				catch (IOException | RuntimeException ex) {
					// a folder still in use stays in the temporary folder
				}
			}
		}

	}

}
