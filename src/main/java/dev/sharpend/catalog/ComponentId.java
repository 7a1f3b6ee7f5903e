package dev.sharpend.catalog;

import dev.sharpend.system.RequestRejected;
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

	/**
	 * The id a request gives.
	 * @throws RequestRejected naming {@code field} when it is not an id
	 */
	public static ComponentId parse(String id, String field) {
		try {
			return new ComponentId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid(field, "\"" + id + "\" is not a component id.");
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
