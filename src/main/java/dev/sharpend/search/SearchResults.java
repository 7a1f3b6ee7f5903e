package dev.sharpend.search;

import java.util.List;

/**
 * A page of search results.
 *
 * @param items the hits on this page, best first
 * @param total how many hits there are in all
 * @param page the page, from 0
 * @param size hits per page
 */
public record SearchResults(List<SearchHit> items, long total, int page, int size) {

	/** Whether a page follows this one. */
	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total && this.page < SearchQuery.lastPage(this.size);
	}

}
