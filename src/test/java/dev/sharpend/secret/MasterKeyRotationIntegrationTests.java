package dev.sharpend.secret;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * {@code rotate-master-key} end to end, as an operator runs it: with Sharpend stopped,
 * between two starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class MasterKeyRotationIntegrationTests {

	private static final String KEY_A = "a2V5LUEta2V5LUEta2V5LUEta2V5LUEta2V5LUEtISE=";

	private static final String KEY_B = "a2V5LUIta2V5LUIta2V5LUIta2V5LUIta2V5LUItISE=";

	private static final String KEY_C = "a2V5LUMta2V5LUMta2V5LUMta2V5LUMta2V5LUMtISE=";

	private final String idA = MasterKey.decode(KEY_A, "test").id();

	private final String idB = MasterKey.decode(KEY_B, "test").id();

	@Test
	void rotatesEverySecretToTheNewKeySoOnlyTheNewKeyStartsSharpend(CapturedOutput output) throws Exception {
		Installation installation = Installation.fresh();
		SecretRef smtp;
		SecretRef webhook;
		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_A)) {
			Secrets secrets = app.getBean(Secrets.class);
			smtp = secrets.seal("test.smtp-password", "smtp secret");
			webhook = secrets.seal("test.webhook-secret", "webhook secret");
		}
		Path newKeyFile = Files.writeString(Files.createTempFile("new-master", ".key"), KEY_B + "\n");

		int exit = installation.rotate("sharpend.secret.master-key-file=" + newKeyFile,
				"sharpend.secret.old-master-key=" + KEY_A);

		assertThat(exit).isZero();
		assertThat(output).contains("Re-wrapped 2 secret(s) from master key id " + this.idA + " to " + this.idB);
		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_B)) {
			Secrets secrets = app.getBean(Secrets.class);
			assertThat(secrets.open(smtp)).isEqualTo("smtp secret");
			assertThat(secrets.open(webhook)).isEqualTo("webhook secret");
		}
		assertThatException().isThrownBy(() -> installation.start("sharpend.secret.master-key=" + KEY_A))
			.havingRootCause()
			.isInstanceOf(MasterKeyProblem.class)
			.withMessageContaining("has id " + this.idA)
			.withMessageContaining("encrypted with the master key with id " + this.idB);
	}

	@Test
	void aWrongOldKeyFailsClearlyAndChangesNothing(CapturedOutput output) {
		Installation installation = Installation.fresh();
		SecretRef ref;
		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_A)) {
			ref = app.getBean(Secrets.class).seal("test.chat-token", "chat secret");
		}

		int exit = installation.rotate("sharpend.secret.master-key=" + KEY_B,
				"sharpend.secret.old-master-key=" + KEY_C);

		assertThat(exit).isEqualTo(1);
		assertThat(output.getErr()).contains("Master key rotation failed", "encrypted with the key with id " + this.idA,
				"Nothing was changed", "SHARPEND_OLD_MASTER_KEY or SHARPEND_OLD_MASTER_KEY_FILE");
		try (ConfigurableApplicationContext app = installation.start("sharpend.secret.master-key=" + KEY_A)) {
			assertThat(app.getBean(Secrets.class).open(ref)).isEqualTo("chat secret");
		}
	}

	@Test
	void rotatingAgainAfterSuccessReportsThatNothingIsLeftToDo(CapturedOutput output) {
		Installation installation = Installation.fresh();
		installation.start("sharpend.secret.master-key=" + KEY_A).close();
		String[] rotation = { "sharpend.secret.master-key=" + KEY_B, "sharpend.secret.old-master-key=" + KEY_A };

		assertThat(installation.rotate(rotation)).isZero();
		assertThat(installation.rotate(rotation)).isZero();

		assertThat(output).contains("Re-wrapped 0 secret(s)", "already uses the new master key (id " + this.idB);
	}

	@Test
	void refusesToRunWithoutTheOldKey(CapturedOutput output) {
		Installation installation = Installation.fresh();

		assertThat(installation.rotate("sharpend.secret.master-key=" + KEY_B)).isEqualTo(1);

		assertThat(output.getErr()).contains("No old master key is given.", "SHARPEND_OLD_MASTER_KEY_FILE");
	}

}
