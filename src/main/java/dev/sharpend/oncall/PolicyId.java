package dev.sharpend.oncall;

import java.util.UUID;

/** Identifies an escalation policy. */
public record PolicyId(UUID value) {

	static PolicyId random() {
		return new PolicyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
