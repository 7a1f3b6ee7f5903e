package dev.sharpend.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Chooses the database: PostgreSQL when a {@code jdbc:postgresql:} URL is configured,
 * otherwise an H2 file database in PostgreSQL mode under the data folder, so a first
 * start needs nothing installed. Public so that maintenance commands (such as
 * {@code rotate-master-key}) can start with the database alone.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * WRITE_DELAY=0: H2 otherwise writes committed transactions to its file up to 500 ms
	 * later, so a killed process loses what it already answered as stored. Intake's group
	 * commit keeps the cost of writing at each commit low. TRACE_LEVEL_FILE=0: H2 would
	 * otherwise create a trace file beside the database, later and readable by all, on
	 * its first error; Sharpend's own log has those errors.
	 */
	static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;TRACE_LEVEL_FILE=0";

	@Bean
	HikariDataSource dataSource(SharpendProperties properties,
			@Value("${sharpend.database.connection-timeout:3s}") Duration connectionTimeout) {
		SharpendProperties.Database database = properties.database();
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("sharpend");
		if (StringUtils.hasText(database.url())) {
			if (!database.postgres() && !database.url().startsWith("jdbc:h2:")) {
				throw new IllegalStateException(
						"SHARPEND_DATABASE_URL must start with jdbc:postgresql: (or jdbc:h2:), got "
								+ database.url().replaceAll("//[^/@]*@", "//***@"));
			}
			dataSource.setJdbcUrl(database.url());
			dataSource.setUsername(database.username());
			dataSource.setPassword(database.password());
			if (database.postgres()) {
				// One multi-row insert per JDBC batch instead of a round trip per row
				// (new
				// alerts at intake); a value in the URL still wins.
				dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
			}
			log.info("Using database {}", database.url().replaceAll("\\?.*", ""));
		}
		else {
			Path folder = properties.dataDir().resolve("db").toAbsolutePath().normalize();
			try {
				Files.createDirectories(folder);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot create the data folder " + folder, ex);
			}
			dataSource.setJdbcUrl("jdbc:h2:file:" + folder.resolve("sharpend") + H2_OPTIONS);
			dataSource.setUsername("sa");
			log.info("Using the embedded H2 database in {}", folder);
		}
		int poolSize = (database.poolSize() != null) ? database.poolSize() : (database.postgres() ? 20 : 10);
		dataSource.setMaximumPoolSize(poolSize);
		// Idle connections are cheap to reopen; holding a full pool per node wastes the
		// server's slots.
		dataSource.setMinimumIdle(Math.min(2, poolSize));
		// While the database is down a request waits this long for a connection and then
		// fails (a 503), instead of Hikari's default 30 s that would tie up every thread.
		dataSource.setConnectionTimeout(connectionTimeout.toMillis());
		dataSource.setValidationTimeout(Math.min(1000, Math.max(250, connectionTimeout.toMillis() / 2)));
		if (!StringUtils.hasText(database.url())) {
			ownerOnly(properties.dataDir().resolve("db").toAbsolutePath().normalize(), dataSource);
		}
		return dataSource;
	}

	/**
	 * The H2 files hold everything Sharpend stores, so, like the master key, only the
	 * user Sharpend runs as may read them: the folder becomes rwx------ and its files
	 * rw-------. H2 creates its file with the process's umask, so the database is opened
	 * once here to create it first.
	 */
	static void ownerOnly(Path folder, HikariDataSource dataSource) {
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
			try (Connection connection = dataSource.getConnection()) {
				// opening creates the database file
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot make the database folder " + folder + " private", ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot open the embedded database in " + folder, ex);
		}
	}

	/**
	 * Which SQL dialect is in use, for modules that pick a per-dialect implementation.
	 */
	@Bean
	SqlDialect sqlDialect(SharpendProperties properties) {
		return properties.database().postgres() ? SqlDialect.POSTGRESQL : SqlDialect.H2;
	}

}
