package dev.sharpend.secret;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Map;
import java.util.UUID;

import dev.sharpend.test.SharpendIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SharpendIntegrationTest
class SecretsIntegrationTests {

	@Autowired
	Secrets secrets;

	@Autowired
	JdbcClient jdbc;

	@Test
	void opensWhatWasSealed() {
		SecretRef ref = this.secrets.seal("test.smtp-password", "pässwörd ✓ " + UUID.randomUUID());

		assertThat(this.secrets.open(ref)).startsWith("pässwörd ✓ ");
		assertThat(this.secrets.open(SecretRef.of(ref.toString()))).isEqualTo(this.secrets.open(ref));
	}

	@Test
	void resealReplacesTheValueUnderTheSameReference() {
		SecretRef ref = this.secrets.seal("test.webhook-secret", "first value");
		byte[] before = ciphertext(ref);

		this.secrets.reseal(ref, "second value");

		assertThat(this.secrets.open(ref)).isEqualTo("second value");
		assertThat(ciphertext(ref)).isNotEqualTo(before);
	}

	@Test
	void destroyedSecretsAreGoneAndDestroyingTwiceIsHarmless() {
		SecretRef ref = this.secrets.seal("test.chat-token", "xoxb-to-be-destroyed");

		this.secrets.destroy(ref);
		this.secrets.destroy(ref);

		assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(() -> this.secrets.open(ref))
			.withMessageContaining(ref.toString());
		assertThat(this.jdbc.sql("select count(*) from secret where id = :id")
			.param("id", ref.value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void sealingOneValueTwiceStoresDifferentCiphertexts() {
		SecretRef first = this.secrets.seal("test.same", "same value");
		SecretRef second = this.secrets.seal("test.same", "same value");

		assertThat(ciphertext(first)).isNotEqualTo(ciphertext(second));
	}

	@Test
	void ciphertextsSwappedBetweenRowsDoNotOpen() {
		SecretRef a = this.secrets.seal("test.swap", "value of a");
		SecretRef b = this.secrets.seal("test.swap", "value of b");
		Map<String, Object> rowA = row(a);
		Map<String, Object> rowB = row(b);

		copySealedColumns(rowB, a);
		copySealedColumns(rowA, b);

		assertThatExceptionOfType(SecretUnreadable.class).isThrownBy(() -> this.secrets.open(a))
			.withMessageContaining(a.toString())
			.withMessageNotContaining("value of");
		assertThatExceptionOfType(SecretUnreadable.class).isThrownBy(() -> this.secrets.open(b));
	}

	@Test
	void refusesAMissingPurposeOrValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.secrets.seal(" ", "value"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.secrets.seal("test.null", null));
	}

	@Test
	void auditsEveryWriteWithThePurposeButNeverTheValue() {
		SecretRef ref = this.secrets.seal("test.audited", "audited-value-7c1e");
		this.secrets.reseal(ref, "audited-value-8d2f");
		this.secrets.destroy(ref);

		List<Map<String, Object>> events = this.jdbc
			.sql("select action, summary from audit_event where target_id = :id order by id")
			.param("id", ref.toString())
			.query()
			.listOfRows();
		assertThat(events).extracting((e) -> e.get("action"))
			.containsExactly("secret.sealed", "secret.resealed", "secret.destroyed");
		assertThat(events).extracting((e) -> e.get("summary")).containsOnly("purpose=test.audited");
	}

	private byte[] ciphertext(SecretRef ref) {
		return (byte[]) row(ref).get("ciphertext");
	}

	private Map<String, Object> row(SecretRef ref) {
		return this.jdbc.sql("select * from secret where id = :id").param("id", ref.value()).query().singleRow();
	}

	private void copySealedColumns(Map<String, Object> from, SecretRef to) {
		this.jdbc.sql("""
				update secret set wrapped_key = :wrappedKey, key_nonce = :keyNonce, ciphertext = :ciphertext,
				    nonce = :nonce where id = :id""")
			.param("id", to.value())
			.param("wrappedKey", from.get("wrapped_key"))
			.param("keyNonce", from.get("key_nonce"))
			.param("ciphertext", from.get("ciphertext"))
			.param("nonce", from.get("nonce"))
			.update();
	}

}
