package dev.sharpend.oncall.api;

import java.util.UUID;

/** Identifies a team. */
public record TeamId(UUID value) {

	public static TeamId random() {
		return new TeamId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
