package dev.sharpend.secret;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key that wraps every data key. It lives only in memory; the database stores
 * its {@link #id()}, a short hash that names it without revealing it.
 */
final class MasterKey {

	static final int LENGTH = 32;

	private final SecretKey key;

	private final String id;

	private final String source;

	private MasterKey(byte[] bytes, String source) {
		this.key = new SecretKeySpec(bytes, "AES");
		this.id = idOf(bytes);
		this.source = source;
	}

	/**
	 * Decodes a key from base64.
	 * @param base64 the encoded key
	 * @param source where it came from, named in error messages (such as the variable)
	 * @throws MasterKeyProblem if it is not base64 of exactly 32 bytes
	 */
	static MasterKey decode(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new MasterKeyProblem(
					"The master key in " + source + " is not valid base64 (" + ex.getMessage() + ").",
					"Put the base64 of 32 random bytes there; generate one with `" + MasterKeys.GENERATE_COMMAND
							+ "`.");
		}
		if (bytes.length != LENGTH) {
			int length = bytes.length;
			Arrays.fill(bytes, (byte) 0);
			throw new MasterKeyProblem(
					"The master key in " + source + " decodes to " + length + " bytes; it must be exactly 32 bytes.",
					"Put the base64 of 32 random bytes there (44 characters ending in \"=\"); generate one with `"
							+ MasterKeys.GENERATE_COMMAND + "`.");
		}
		return new MasterKey(bytes, source);
	}

	/** The first 8 bytes of the key's SHA-256, in hex. */
	static String idOf(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	SecretKey key() {
		return this.key;
	}

	String id() {
		return this.id;
	}

	/** Where the key came from, for messages. */
	String source() {
		return this.source;
	}

	@Override
	public String toString() {
		return "MasterKey[id=" + this.id + ", from " + this.source + "]";
	}

}
