package dev.sharpend.secret;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import dev.sharpend.test.TestDatabase;
import dev.sharpend.test.TestKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assumptions.assumeThat;

@ExtendWith(OutputCaptureExtension.class)
class MasterKeyStartupIntegrationTests {

	private static final String KEY_A = "a2V5LUEta2V5LUEta2V5LUEta2V5LUEta2V5LUEtISE=";

	private static final String KEY_B = "a2V5LUIta2V5LUIta2V5LUIta2V5LUIta2V5LUItISE=";

	private static final String PROBE_LOCATIONS = "spring.flyway.locations=classpath:db/migration/common,"
			+ "classpath:db/migration/{vendor},classpath:db/secret-wrong-key-probe";

	@Test
	void embeddedDatabaseWithoutAKeyGeneratesAnOwnerOnlyKeyFileAndKeepsUsingIt(CapturedOutput output) throws Exception {
		assumeThat(TestDatabase.postgres()).as("the key file is generated for the embedded database only").isFalse();
		Installation installation = Installation.fresh();
		Path keyFile = Path.of(installation.setting("sharpend.data-dir")).resolve("master.key");
		SecretRef ref;
		try (ConfigurableApplicationContext app = installation.start()) {
			ref = app.getBean(Secrets.class).seal("test.startup", "kept across restarts");
		}
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
		assertThat(output).contains("BACK THIS FILE UP", "Production must supply its own key", keyFile.toString());
		String key = Files.readString(keyFile);

		try (ConfigurableApplicationContext app = installation.start()) {
			assertThat(app.getBean(Secrets.class).open(ref)).isEqualTo("kept across restarts");
		}
		assertThat(Files.readString(keyFile)).isEqualTo(key);
	}

	@Test
	void postgresqlWithoutAKeyRefusesToStart(CapturedOutput output) {
		assumeThat(TestDatabase.postgres()).as("only PostgreSQL requires a configured key").isTrue();
		Installation installation = Installation.fresh();

		assertThatException().isThrownBy(installation::start)
			.withRootCauseInstanceOf(MasterKeyProblem.class)
			.havingRootCause()
			.withMessage("Sharpend uses PostgreSQL but no master key is configured.");
		assertThat(output).contains("SHARPEND_MASTER_KEY_FILE", "openssl rand -base64 32");
		assertThat(Path.of(installation.setting("sharpend.data-dir")).resolve("master.key")).doesNotExist();
	}

	@Test
	void aWrongKeyRefusesToStartBeforeWritingAnything(CapturedOutput output) {
		Installation installation = Installation.fresh();
		String idA = MasterKey.decode(KEY_A, "test").id();
		String idB = MasterKey.decode(KEY_B, "test").id();
		SecretRef ref;
		long migrations;
		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_A,
				"sharpend.identity.bootstrap.admin-email=" + TestKeys.ADMIN_EMAIL,
				"sharpend.identity.bootstrap.admin-password=" + TestKeys.ADMIN_PASSWORD)) {
			ref = app.getBean(Secrets.class).seal("test.startup", "sealed with key A");
			migrations = count(app, "select count(*) from flyway_schema_history");
		}

		assertThatException()
			.isThrownBy(() -> installation.start("sharpend.secret.master-key=" + KEY_B, PROBE_LOCATIONS,
					"spring.flyway.out-of-order=true"))
			.havingRootCause()
			.isInstanceOf(MasterKeyProblem.class)
			.withMessageContaining("has id " + idB)
			.withMessageContaining("encrypted with the master key with id " + idA);
		assertThat(output).contains("APPLICATION FAILED TO START", "rotate-master-key");

		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_A)) {
			assertThat(count(app, "select count(*) from flyway_schema_history")).isEqualTo(migrations);
			assertThat(
					count(app, "select count(*) from information_schema.tables where table_name = 'wrong_key_probe'"))
				.as("the pending migration did not run")
				.isZero();
			assertThat(app.getBean(Secrets.class).open(ref)).isEqualTo("sealed with key A");
		}
	}

	@Test
	void aMalformedKeyRefusesToStartSayingWhatToFix(CapturedOutput output) {
		Installation installation = Installation.fresh();

		assertThatException().isThrownBy(() -> installation.start("sharpend.secret.master-key=c2hvcnQ="))
			.havingRootCause()
			.withMessage("The master key in SHARPEND_MASTER_KEY decodes to 5 bytes; it must be exactly 32 bytes.");
		assertThat(output).contains("openssl rand -base64 32");
	}

	private static long count(ConfigurableApplicationContext app, String sql) {
		return app.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
	}

}
