package dev.sharpend.oncall;

import java.util.UUID;

/** Identifies an override. */
public record OverrideId(UUID value) {

	public static OverrideId random() {
		return new OverrideId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
