package dev.sharpend.secret;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EnvelopeTests {

	private static final byte[] VALUE = "client-secret-0f9a".getBytes(StandardCharsets.UTF_8);

	private final MasterKey key = newKey("key A");

	private final UUID id = UUID.randomUUID();

	@Test
	void opensWhatItSealed() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);

		assertThat(Envelope.open(this.key, this.id, sealed)).isEqualTo(VALUE);
		assertThat(sealed.keyId()).isEqualTo(this.key.id());
	}

	@Test
	void sealingTheSameValueTwiceGivesUnrelatedCiphertexts() {
		Envelope.Sealed first = Envelope.seal(this.key, this.id, VALUE);
		Envelope.Sealed second = Envelope.seal(this.key, this.id, VALUE);

		assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
		assertThat(first.nonce()).isNotEqualTo(second.nonce());
		assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
	}

	@Test
	void ciphertextDoesNotContainTheValue() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);

		assertThat(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain("client-secret");
	}

	@Test
	void refusesATamperedCiphertext() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);
		byte[] tampered = sealed.ciphertext().clone();
		tampered[0] ^= 1;

		assertThatExceptionOfType(SecretUnreadable.class)
			.isThrownBy(
					() -> Envelope
						.open(this.key, this.id,
								new Envelope.Sealed(sealed.keyId(), sealed.wrappedKey(), sealed.keyNonce(), tampered,
										sealed.nonce())))
			.withMessageContaining("authentication tag");
	}

	@Test
	void refusesATamperedWrappedKey() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);
		byte[] tampered = sealed.wrappedKey().clone();
		tampered[5] ^= 1;

		assertThatExceptionOfType(SecretUnreadable.class).isThrownBy(() -> Envelope.open(this.key, this.id,
				new Envelope.Sealed(sealed.keyId(), tampered, sealed.keyNonce(), sealed.ciphertext(), sealed.nonce())));
	}

	@Test
	void refusesAnotherMasterKey() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);

		assertThatExceptionOfType(SecretUnreadable.class)
			.isThrownBy(() -> Envelope.open(newKey("key B"), this.id, sealed))
			.withMessageContaining("master key id " + this.key.id());
	}

	@Test
	void refusesAnotherMasterKeyEvenUnderTheSameKeyId() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);
		MasterKey other = newKey("key B");
		Envelope.Sealed relabelled = new Envelope.Sealed(other.id(), sealed.wrappedKey(), sealed.keyNonce(),
				sealed.ciphertext(), sealed.nonce());

		assertThatExceptionOfType(SecretUnreadable.class).isThrownBy(() -> Envelope.open(other, this.id, relabelled))
			.withMessageContaining("authentication tag");
	}

	@Test
	void refusesASealedValueMovedToAnotherSecret() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);

		assertThatExceptionOfType(SecretUnreadable.class)
			.isThrownBy(() -> Envelope.open(this.key, UUID.randomUUID(), sealed));
	}

	@Test
	void rewrapMovesTheSecretToTheNewKeyWithoutTouchingTheCiphertext() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);
		MasterKey newKey = newKey("key B");

		Envelope.Sealed rewrapped = Envelope.rewrap(sealed, this.id, this.key, newKey);

		assertThat(rewrapped.keyId()).isEqualTo(newKey.id());
		assertThat(rewrapped.ciphertext()).isEqualTo(sealed.ciphertext());
		assertThat(Envelope.open(newKey, this.id, rewrapped)).isEqualTo(VALUE);
		assertThatExceptionOfType(SecretUnreadable.class)
			.isThrownBy(() -> Envelope.open(this.key, this.id, new Envelope.Sealed(this.key.id(),
					rewrapped.wrappedKey(), rewrapped.keyNonce(), rewrapped.ciphertext(), rewrapped.nonce())));
	}

	@Test
	void rewrapRefusesAWrongOldKey() {
		Envelope.Sealed sealed = Envelope.seal(this.key, this.id, VALUE);

		assertThatExceptionOfType(SecretUnreadable.class)
			.isThrownBy(() -> Envelope.rewrap(sealed, this.id, newKey("not A"), newKey("key B")));
	}

	static MasterKey newKey(String source) {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return MasterKey.decode(Base64.getEncoder().encodeToString(bytes), source);
	}

}
