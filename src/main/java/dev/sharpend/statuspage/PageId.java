package dev.sharpend.statuspage;

import org.springframework.modulith.NamedInterface;

/** Identifies a status page. */
@NamedInterface("api")
public record PageId(String value) {

	public PageId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	static PageId next() {
		return new PageId(ShortId.next());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
