package dev.sharpend.statuspage;

import java.util.Map;

/**
 * Contributes documents to every page snapshot (feeds, badges, history pages, …). Each is
 * rendered once per change of the page and then served from memory; implement it as a
 * bean and serve the documents with {@code SnapshotServer}.
 */
public interface PageDocuments {

	/**
	 * Renders this contributor's documents for a page.
	 * @param view what the page shows now
	 * @return documents by name, such as {@code history.atom}; names must not clash with
	 * other contributors'
	 */
	Map<String, PageSnapshot.Rendered> render(PageView view);

	/** Wraps rendered bytes with their ETag and compressed form. */
	static PageSnapshot.Rendered rendered(byte[] body, String contentType, java.time.Instant lastModified) {
		return StatusSnapshots.rendered(body, contentType, lastModified);
	}

}
