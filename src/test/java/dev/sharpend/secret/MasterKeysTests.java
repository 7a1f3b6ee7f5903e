package dev.sharpend.secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

import dev.sharpend.system.SharpendProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MasterKeysTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	Path dataDir;

	@Test
	void keyIdIsTheStartOfTheKeysSha256InHex() {
		// SHA-256 of 32 zero bytes starts 66687aadf862bd77
		assertThat(MasterKey.decode(KEY, "test").id()).isEqualTo("66687aadf862bd77");
	}

	@Test
	void refusesAKeyThatIsNotBase64() {
		assertThatExceptionOfType(MasterKeyProblem.class).isThrownBy(() -> setting("not base64!", null).load())
			.withMessageContaining("SHARPEND_MASTER_KEY is not valid base64")
			.satisfies((ex) -> assertThat(ex.action()).contains("openssl rand -base64 32"));
	}

	@Test
	void refusesAKeyOfTheWrongLength() {
		assertThatExceptionOfType(MasterKeyProblem.class)
			.isThrownBy(() -> setting(Base64.getEncoder().encodeToString(new byte[16]), null).load())
			.withMessageContaining("decodes to 16 bytes; it must be exactly 32 bytes");
	}

	@Test
	void refusesAKeyFileThatDoesNotExist() {
		Path missing = this.dataDir.resolve("nowhere.key");

		assertThatExceptionOfType(MasterKeyProblem.class).isThrownBy(() -> setting(null, missing.toString()).load())
			.withMessageContaining("SHARPEND_MASTER_KEY_FILE")
			.withMessageContaining("it does not exist")
			.satisfies((ex) -> assertThat(ex.action()).contains(missing.toString()));
	}

	@Test
	void readsAKeyFileWithATrailingNewline() throws IOException {
		Path file = Files.writeString(this.dataDir.resolve("k"), KEY + "\n");

		assertThat(setting(null, file.toString()).load()).map(MasterKey::id).contains("66687aadf862bd77");
	}

	@Test
	void refusesBothAKeyAndAKeyFile() {
		assertThatExceptionOfType(MasterKeyProblem.class).isThrownBy(() -> setting(KEY, "/some/file").load())
			.withMessage("Both SHARPEND_MASTER_KEY and SHARPEND_MASTER_KEY_FILE are set.");
	}

	@Test
	void generatesAnOwnerOnlyKeyFileForANewEmbeddedDatabaseAndReusesIt() throws IOException {
		MasterKey generated = MasterKeys.forStart(setting(null, null), h2(), Optional.empty());

		Path file = this.dataDir.resolve("master.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(MasterKeys.forStart(setting(null, null), h2(), Optional.of(generated.id())).id())
			.isEqualTo(generated.id());
	}

	@Test
	void refusesToGenerateAKeyWhenTheDatabaseAlreadyHasSecrets() {
		assertThatExceptionOfType(MasterKeyProblem.class)
			.isThrownBy(() -> MasterKeys.forStart(setting(null, null), h2(), Optional.of("0123456789abcdef")))
			.withMessageContaining("master key id 0123456789abcdef")
			.withMessageContaining("master.key does not exist");
		assertThat(this.dataDir.resolve("master.key")).doesNotExist();
	}

	@Test
	void refusesToStartOnPostgresqlWithoutAKey() {
		SharpendProperties postgres = new SharpendProperties(this.dataDir, null,
				new SharpendProperties.Database("jdbc:postgresql://localhost/x", "u", "p", null), null, null);

		assertThatExceptionOfType(MasterKeyProblem.class)
			.isThrownBy(() -> MasterKeys.forStart(setting(null, null), postgres, Optional.empty()))
			.withMessage("Sharpend uses PostgreSQL but no master key is configured.")
			.satisfies((ex) -> assertThat(ex.action()).contains("SHARPEND_MASTER_KEY_FILE", "openssl rand -base64 32"));
		assertThat(this.dataDir.resolve("master.key")).doesNotExist();
	}

	private SharpendProperties h2() {
		return new SharpendProperties(this.dataDir, null, null, null, null);
	}

	private static MasterKeys.Setting setting(String value, String file) {
		return new SecretProperties(value, file, null, null).current();
	}

}
