package dev.sharpend.identity;

import java.util.UUID;

/** Identifies an API token (not its secret value). */
public record ApiTokenId(UUID value) {

	public static ApiTokenId of(String value) {
		return new ApiTokenId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
