package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;
import dev.sharpend.system.RequestRejected;

import org.springframework.modulith.NamedInterface;

/**
 * Reads a page's current view straight from the database, for answers that must show a
 * write at once (the snapshots follow a moment later on other nodes).
 */
@org.springframework.stereotype.Component
@NamedInterface("api")
public class PageViews {

	private final PageReader reader;

	PageViews(PageReader reader) {
		this.reader = reader;
	}

	/** The page as its readers see it now; not found when there is no such page. */
	public PageView read(PageId page) {
		return this.reader.read(page)
			.map(PageReader.Read::view)
			.orElseThrow(() -> RequestRejected.notFound("There is no status page " + page + "."));
	}

}
