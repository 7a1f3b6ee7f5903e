package dev.sharpend.alert.web;

import dev.sharpend.system.RequestRejected;

/**
 * One page of a list.
 *
 * @param page the page, from 0
 * @param size rows per page
 * @param total rows in all pages
 */
record Paging(int page, int size, long total) {

	static final int SIZE = 25;

	static int check(int page) {
		if (page < 0 || page > 100_000) {
			throw RequestRejected.invalid("page", "Pages are numbered from 0.");
		}
		return page;
	}

	public int offset() {
		return this.page * this.size;
	}

	public long first() {
		return (this.total == 0) ? 0 : offset() + 1L;
	}

	public long last() {
		return Math.min(this.total, offset() + (long) this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return last() < this.total;
	}

}
