package dev.sharpend.oncall;

import java.util.UUID;

/** Identifies a rotation. */
public record RotationId(UUID value) {

	public static RotationId random() {
		return new RotationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
