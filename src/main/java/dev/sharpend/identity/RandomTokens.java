package dev.sharpend.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Makes and hashes bearer values (API tokens, one-time links). They carry 256 random
 * bits, so a plain SHA-256 is a sufficient one-way hash: there is nothing to guess that a
 * slow hash would protect.
 */
final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	static String generate(String prefix) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first characters of a token, enough to recognise it in a list, never to use it.
	 */
	static String hint(String value) {
		return value.substring(0, Math.min(8, value.length())) + "…";
	}

}
