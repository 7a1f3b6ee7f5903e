package dev.sharpend.alert;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.sharpend.system.RequestRejected;

/**
 * JSON bodies sent in UTF-16 or UTF-32, which RFC 8259 lets older senders use, turned
 * into UTF-8 before parsing: the streaming readers slice each alert's raw text out of the
 * body by byte offset, which only works when the parser reads the bytes as UTF-8. The
 * encoding is told by a byte order mark or, as RFC 4627 describes, by where the first two
 * characters (always ASCII in JSON) have their zero bytes.
 */
final class JsonEncoding {

	private static final Charset UTF_32BE = Charset.forName("UTF-32BE");

	private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

	private JsonEncoding() {
	}

	/** The body as UTF-8; the same array when it already is (or looks like) UTF-8. */
	static byte[] toUtf8(byte[] body) {
		if (body.length < 2) {
			return body;
		}
		int b0 = body[0] & 0xff;
		int b1 = body[1] & 0xff;
		int b2 = (body.length > 2) ? body[2] & 0xff : -1;
		int b3 = (body.length > 3) ? body[3] & 0xff : -1;
		if (b0 == 0 && b1 == 0 && b2 == 0xfe && b3 == 0xff) {
			return decode(body, 4, UTF_32BE, "UTF-32");
		}
		if (b0 == 0xff && b1 == 0xfe && b2 == 0 && b3 == 0) {
			return decode(body, 4, UTF_32LE, "UTF-32");
		}
		if (b0 == 0xfe && b1 == 0xff) {
			return decode(body, 2, StandardCharsets.UTF_16BE, "UTF-16");
		}
		if (b0 == 0xff && b1 == 0xfe) {
			return decode(body, 2, StandardCharsets.UTF_16LE, "UTF-16");
		}
		if (b0 == 0 && b1 == 0 && b2 == 0 && b3 > 0) {
			return decode(body, 0, UTF_32BE, "UTF-32");
		}
		if (b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
			return decode(body, 0, UTF_32LE, "UTF-32");
		}
		if (b0 == 0 && b1 > 0) {
			return decode(body, 0, StandardCharsets.UTF_16BE, "UTF-16");
		}
		if (b0 > 0 && b1 == 0) {
			return decode(body, 0, StandardCharsets.UTF_16LE, "UTF-16");
		}
		return body;
	}

	private static byte[] decode(byte[] body, int skip, Charset charset, String name) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body, skip, body.length - skip))
				.toString();
			return text.getBytes(StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			throw RequestRejected.invalid(null, "The body looks like " + name + " JSON but is not valid " + name
					+ "; send UTF-8, as Alertmanager and Grafana do.");
		}
	}

}
