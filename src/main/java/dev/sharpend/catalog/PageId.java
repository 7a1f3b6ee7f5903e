package dev.sharpend.catalog;

import dev.sharpend.system.ShortId;

import org.springframework.modulith.NamedInterface;

/**
 * Identifies a status page. The catalog files each component under the page that shows
 * it, so the identifier lives here and the status page module uses it.
 */
@NamedInterface("api")
public record PageId(String value) {

	public PageId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	/** A new, random page id. */
	public static PageId next() {
		return new PageId(ShortId.next());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
