package dev.sharpend.provider.upstream;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * A response body as fetched from a provider, bounded in size, with the time it was
 * fetched (feeds carry no state of their own, so whether an item is recent depends on
 * it).
 *
 * @param bytes the body as received
 * @param fetchedAt when it was fetched
 */
public record StatusBody(byte[] bytes, Instant fetchedAt) {

	/**
	 * The largest body read: Google's incident history, the largest public feed watched,
	 * is a few hundred kilobytes; anything far beyond is no status page.
	 */
	public static final int LIMIT = 4 * 1024 * 1024;

	public StatusBody {
		if (bytes.length > LIMIT) {
			throw tooLarge();
		}
	}

	/**
	 * Reads {@code in} to its end, refusing it as soon as it passes {@link #LIMIT}, so an
	 * endless or huge body never fills the memory.
	 */
	public static StatusBody read(InputStream in, Instant fetchedAt) throws IOException {
		byte[] bytes = in.readNBytes(LIMIT + 1);
		if (bytes.length > LIMIT) {
			throw tooLarge();
		}
		return new StatusBody(bytes, fetchedAt);
	}

	/** The first character that is not white space (after a byte order mark), or -1. */
	int firstSignificant() {
		for (int i = 0; i < this.bytes.length; i++) {
			int b = this.bytes[i] & 0xFF;
			if (b == 0 || b == 0xEF || b == 0xBB || b == 0xBF || b == 0xFE || b == 0xFF || Character.isWhitespace(b)) {
				continue;
			}
			return b;
		}
		return -1;
	}

	private static UnreadableStatus tooLarge() {
		return new UnreadableStatus("The status page answered with more than " + (LIMIT / (1024 * 1024))
				+ " MB; no status page is that large, so it was not read.");
	}

}
