package dev.sharpend.secret;

import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.SharpendProperties;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads the master key and proves it is the database's before Flyway (or anything else)
 * writes: the key check is read with a plain connection, because the application's
 * {@link JdbcClient} only becomes available after migration.
 */
@Configuration(proxyBeanMethods = false)
class SecretConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecretConfiguration.class);

	@Bean
	MasterKey masterKey(SecretProperties properties, SharpendProperties sharpend, DataSource dataSource) {
		Optional<Envelope.Sealed> stored = new KeyCheck(JdbcClient.create(dataSource)).find();
		MasterKey key = MasterKeys.forStart(properties.current(), sharpend, stored.map(Envelope.Sealed::keyId));
		stored.ifPresent((check) -> KeyCheck.verify(check, key));
		log.info("Secrets are encrypted with the master key with id {} from {}", key.id(), key.source());
		return key;
	}

	@Bean
	FlywayMigrationStrategy migrateAfterMasterKeyCheck(MasterKey masterKey, Clock clock) {
		return (flyway) -> {
			flyway.migrate();
			new KeyCheck(JdbcClient.create(flyway.getConfiguration().getDataSource())).storeIfMissing(masterKey,
					clock.instant());
		};
	}

}
