package dev.sharpend.statuspage.compat;

import java.util.List;

import dev.sharpend.system.RequestRejected;

/**
 * The hosted manage API's paging of lists: {@code page} counts from 1, {@code per_page}
 * defaults to and is capped at {@value #MAX_PER_PAGE}.
 *
 * @param page the page number, from 1
 * @param perPage items per page
 */
record CompatPaging(int page, int perPage) {

	static final int MAX_PER_PAGE = 100;

	/** Far enough for any script; keeps the offset a database can skip bounded. */
	static final int MAX_PAGE = 10_000;

	static CompatPaging of(Integer page, Integer perPage) {
		int p = (page != null) ? page : 1;
		int size = (perPage != null) ? perPage : MAX_PER_PAGE;
		if (p < 1 || p > MAX_PAGE) {
			throw RequestRejected.invalid("page", "page counts from 1 (at most " + MAX_PAGE + ").");
		}
		if (size < 1 || size > MAX_PER_PAGE) {
			throw RequestRejected.invalid("per_page", "per_page must be between 1 and " + MAX_PER_PAGE + ".");
		}
		return new CompatPaging(p, size);
	}

	int offset() {
		return (this.page - 1) * this.perPage;
	}

	/** This page of a list that is already complete in memory. */
	<T> List<T> of(List<T> all) {
		return all.subList(Math.min(offset(), all.size()), Math.min(offset() + this.perPage, all.size()));
	}

}
