package dev.sharpend.statuspage;

import dev.sharpend.catalog.PageId;

/**
 * An event that changes what a status page shows; its snapshot is rebuilt after commit.
 */
public interface PageChange {

	PageId page();

}
