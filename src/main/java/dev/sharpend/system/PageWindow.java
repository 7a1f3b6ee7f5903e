package dev.sharpend.system;

/**
 * One page of a list as the JSON API asks for it: {@code page} from 0 and {@code size}
 * rows. Both are bounded so that the offset the database skips to always fits an
 * {@code int}; a value out of bounds is refused naming its parameter.
 *
 * @param page the page, from 0
 * @param size rows per page
 */
public record PageWindow(int page, int size) {

	/**
	 * The last page any list answers. Far beyond any real list, and with 1,000 rows a
	 * page the offset stays below {@link Integer#MAX_VALUE}.
	 */
	public static final int MAX_PAGE = 1_000_000;

	static final int MAX_SIZE = 1_000;

	/**
	 * The window asked for.
	 * @param maxSize the largest page this list answers (at most 1,000)
	 * @throws RequestRejected (400, naming {@code page} or {@code size}) when out of
	 * bounds
	 */
	public static PageWindow of(int page, int size, int maxSize) {
		if (page < 0 || page > MAX_PAGE) {
			throw RequestRejected.invalid("page", "page must be between 0 and " + MAX_PAGE + ".");
		}
		if (size < 1 || size > Math.min(maxSize, MAX_SIZE)) {
			throw RequestRejected.invalid("size", "size must be between 1 and " + Math.min(maxSize, MAX_SIZE) + ".");
		}
		return new PageWindow(page, size);
	}

	/** How many rows come before this page. */
	public int offset() {
		return this.page * this.size;
	}

}
