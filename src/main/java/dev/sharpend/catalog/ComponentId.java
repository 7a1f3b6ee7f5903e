package dev.sharpend.catalog;

import dev.sharpend.system.ShortId;

import org.springframework.modulith.NamedInterface;

/** Identifies a component or component group. */
@NamedInterface("api")
public record ComponentId(String value) {

	public ComponentId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	static ComponentId next() {
		return new ComponentId(ShortId.next());
	}

	@Override
	public String toString() {
		return this.value;
	}

}
