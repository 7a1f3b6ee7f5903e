package dev.sharpend.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.sharpend.review.ReviewExchange;
import dev.sharpend.system.RequestRejected;

/**
 * Reads a Markdown document to import, from a request body or an uploaded file, without
 * holding more than the import's limit in memory.
 */
final class MarkdownUpload {

	private MarkdownUpload() {
	}

	/**
	 * The document as text.
	 * @param in the bytes
	 * @param declared the length the client declared, or -1
	 * @throws RequestRejected when it is larger than the limit or not UTF-8
	 */
	static String read(InputStream in, long declared) throws IOException {
		if (declared > ReviewExchange.MAX_MARKDOWN_BYTES) {
			throw RequestRejected.invalid("markdown", ReviewExchange.tooLarge());
		}
		byte[] bytes = in.readNBytes(ReviewExchange.MAX_MARKDOWN_BYTES + 1);
		if (bytes.length > ReviewExchange.MAX_MARKDOWN_BYTES) {
			throw RequestRejected.invalid("markdown", ReviewExchange.tooLarge());
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw RequestRejected.invalid("markdown", "The document is not UTF-8 text; export it again as Markdown.");
		}
	}

}
