package dev.sharpend.system;

import java.security.SecureRandom;

/**
 * Short opaque identifiers in the style of the hosted status product (12 lowercase
 * letters and digits), so clients that store or display them see familiar values.
 */
public final class ShortId {

	private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ShortId() {
	}

	/** A new random identifier. */
	public static String next() {
		char[] id = new char[12];
		for (int i = 0; i < id.length; i++) {
			id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
		}
		return new String(id);
	}

}
