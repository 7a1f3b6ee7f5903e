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
			String name = "sharpend_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
			server.execute("create database " + name);
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
			return Files.createTempDirectory("sharpend-test-");
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

}
