package dev.sharpend.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An installation made by an earlier commit (see {@code db/upgrade/VERSION.txt}),
 * restored from its SQL dump into a new database before the application starts, so that
 * starting it is an upgrade.
 */
class UpgradedDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** The bootstrap token the old installation was made with (see make-dumps.sh). */
	static final String TOKEN = "upgrade_admin_token_0123456789abcdef";

	static final String EMAIL = "admin@upgrade.test";

	static final String PASSWORD = "upgrade-password";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> properties = new HashMap<>();
		Path dataDir = TestDatabase.newDataDir();
		properties.put("sharpend.data-dir", dataDir.toString());
		properties.put("sharpend.database.pool-size", "4");
		properties.put("sharpend.secret.master-key", TestKeys.MASTER_KEY);
		if (TestDatabase.postgres()) {
			TestDatabase.Server server = TestDatabase.Server.fromEnvironment();
			String name = server.createDatabase("sharpend_upgrade_");
			// pgJDBC splits the script itself and understands the function's dollar
			// quotes
			run(server.urlFor(name), server.username(), server.password(), dump("postgresql.sql"));
			properties.put("sharpend.database.url", server.urlFor(name));
			properties.put("sharpend.database.username", server.username());
			properties.put("sharpend.database.password", server.password());
		}
		else {
			run("jdbc:h2:file:" + dataDir.resolve("db").resolve("sharpend")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "",
					"runscript from 'classpath:db/upgrade/h2.sql'");
		}
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("upgradedDatabase", properties));
	}

	private static String dump(String name) {
		try (InputStream in = UpgradedDatabase.class.getResourceAsStream("/db/upgrade/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(String url, String username, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, username, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot restore the old installation: " + ex.getMessage(), ex);
		}
	}

}
