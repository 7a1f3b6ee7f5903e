package dev.sharpend.home;

import java.util.List;

/**
 * One part of the start page, or nothing for a reader who may not read what it is about.
 *
 * @param shown whether the reader may see it
 * @param items what needs attention, empty when nothing does
 * @param <T> what it lists
 */
record Section<T>(boolean shown, List<T> items) {

	static <T> Section<T> of(List<T> items) {
		return new Section<>(true, List.copyOf(items));
	}

	static <T> Section<T> hidden() {
		return new Section<>(false, List.of());
	}

	public boolean empty() {
		return this.items.isEmpty();
	}

}
