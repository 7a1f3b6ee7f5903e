package dev.sharpend.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM envelope encryption: each value gets a fresh random data key, and only that
 * data key is encrypted ("wrapped") with the master key, so rotating the master key
 * re-wraps 32 bytes per secret and never touches the ciphertexts. Both encryptions take
 * the secret's id as associated data, so a ciphertext or wrapped key copied into another
 * row does not open.
 */
final class Envelope {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final byte[] VALUE_CONTEXT = "sharpend-secret-value-v1".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] KEY_CONTEXT = "sharpend-secret-key-v1".getBytes(StandardCharsets.US_ASCII);

	private Envelope() {
	}

	/** Encrypts a value for the secret {@code id} under a new data key. */
	static Sealed seal(MasterKey master, UUID id, byte[] plaintext) {
		byte[] dataKey = random(MasterKey.LENGTH);
		try {
			byte[] keyNonce = random(NONCE_LENGTH);
			byte[] wrappedKey = encrypt(master.key(), keyNonce, associatedData(KEY_CONTEXT, id), dataKey);
			byte[] nonce = random(NONCE_LENGTH);
			byte[] ciphertext = encrypt(new SecretKeySpec(dataKey, "AES"), nonce, associatedData(VALUE_CONTEXT, id),
					plaintext);
			return new Sealed(master.id(), wrappedKey, keyNonce, ciphertext, nonce);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Decrypts the value of the secret {@code id}.
	 * @throws SecretUnreadable if the key is wrong or anything was altered or swapped
	 */
	static byte[] open(MasterKey master, UUID id, Sealed sealed) {
		byte[] dataKey = unwrap(master, id, sealed);
		try {
			return decrypt(new SecretKeySpec(dataKey, "AES"), sealed.nonce(), associatedData(VALUE_CONTEXT, id),
					sealed.ciphertext());
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Moves a secret from one master key to another; the ciphertext stays as it is.
	 * @throws SecretUnreadable if {@code from} is not the key it is sealed with
	 */
	static Sealed rewrap(Sealed sealed, UUID id, MasterKey from, MasterKey to) {
		byte[] dataKey = unwrap(from, id, sealed);
		try {
			byte[] keyNonce = random(NONCE_LENGTH);
			byte[] wrappedKey = encrypt(to.key(), keyNonce, associatedData(KEY_CONTEXT, id), dataKey);
			return new Sealed(to.id(), wrappedKey, keyNonce, sealed.ciphertext(), sealed.nonce());
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	private static byte[] unwrap(MasterKey master, UUID id, Sealed sealed) {
		if (!master.id().equals(sealed.keyId())) {
			throw new SecretUnreadable(
					"sealed with master key id " + sealed.keyId() + ", but the key in use has id " + master.id());
		}
		return decrypt(master.key(), sealed.keyNonce(), associatedData(KEY_CONTEXT, id), sealed.wrappedKey());
	}

	private static byte[] encrypt(SecretKey key, byte[] nonce, byte[] associatedData, byte[] plaintext) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(plaintext);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available in this JVM", ex);
		}
	}

	private static byte[] decrypt(SecretKey key, byte[] nonce, byte[] associatedData, byte[] ciphertext) {
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(ciphertext);
		}
		catch (AEADBadTagException ex) {
			throw new SecretUnreadable("its authentication tag does not match (wrong key, or altered or moved data)");
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new SecretUnreadable("it is malformed (" + ex.getMessage() + ")");
		}
	}

	private static byte[] associatedData(byte[] context, UUID id) {
		return ByteBuffer.allocate(context.length + 16)
			.put(context)
			.putLong(id.getMostSignificantBits())
			.putLong(id.getLeastSignificantBits())
			.array();
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	/**
	 * What is stored for one secret.
	 *
	 * @param keyId the id of the master key that wrapped the data key
	 * @param wrappedKey the data key, encrypted with the master key
	 * @param keyNonce the nonce of that encryption
	 * @param ciphertext the value, encrypted with the data key
	 * @param nonce the nonce of that encryption
	 */
	record Sealed(String keyId, byte[] wrappedKey, byte[] keyNonce, byte[] ciphertext, byte[] nonce) {
	}

}
