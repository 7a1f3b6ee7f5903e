package dev.sharpend.alert;

import dev.sharpend.system.SqlDialect;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the alert module's per-dialect SQL. */
@Configuration(proxyBeanMethods = false)
class AlertDatabaseConfiguration {

	@Bean
	StoredHashes storedHashes(SqlDialect dialect, JdbcTemplate jdbc, JdbcClient client) {
		return switch (dialect) {
			case POSTGRESQL -> new PostgresStoredHashes(jdbc);
			case H2 -> new H2StoredHashes(client);
		};
	}

}
