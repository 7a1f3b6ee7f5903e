package dev.sharpend.statuspage;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A page's rendered documents at one version, served from memory.
 *
 * @param view what the documents show
 * @param version the page's change counter when it was read
 * @param documents each document by name ({@code summary.json}, {@code index.html}, …)
 */
@NamedInterface("api")
public record PageSnapshot(PageView view, long version, Map<String, Rendered> documents) {

	/**
	 * One rendered document, ready to send.
	 *
	 * @param body the bytes
	 * @param gzipped the same bytes gzip-compressed
	 * @param etag a strong ETag of the body
	 * @param contentType its media type
	 * @param lastModified when the page last changed, as an HTTP date (formatted once,
	 * not per request)
	 */
	public record Rendered(byte[] body, byte[] gzipped, String etag, String contentType, String lastModified) {
	}

}
