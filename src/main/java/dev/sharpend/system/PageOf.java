package dev.sharpend.system;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape every list of the API answers and the pages' pagers read:
 * the items of this page and where they sit in the whole list.
 *
 * @param <T> what the list holds
 * @param items the items on this page
 * @param page this page, from 0
 * @param size the page size asked for
 * @param total how many items the whole list holds
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public PageOf {
		items = List.copyOf(items);
	}

	/** The items the store answered for this window, of {@code total} in all. */
	public static <T> PageOf<T> of(List<T> items, PageWindow window, long total) {
		return new PageOf<>(items, window.page(), window.size(), total);
	}

	/**
	 * This window of a list that is read whole (filtered after reading, so the store
	 * cannot skip rows itself).
	 */
	public static <T> PageOf<T> slice(List<T> all, PageWindow window) {
		int from = (int) Math.min(all.size(), (long) window.offset());
		int to = (int) Math.min(all.size(), (long) from + window.size());
		return of(all.subList(from, to), window, all.size());
	}

	/** The same page with each item turned into what is answered. */
	public <R> PageOf<R> map(Function<? super T, ? extends R> mapper) {
		return new PageOf<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.total);
	}

	/** The position of this page's first item, from 1 (0 when the list is empty). */
	public long first() {
		return (this.total == 0) ? 0 : (long) this.page * this.size + 1;
	}

	/** The position of this page's last item, from 1. */
	public long last() {
		return Math.min(this.total, (long) (this.page + 1) * this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.total;
	}

}
