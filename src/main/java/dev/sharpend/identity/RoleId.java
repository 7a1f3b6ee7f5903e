package dev.sharpend.identity;

import java.util.UUID;

/** Identifies a role. */
public record RoleId(UUID value) {

	/** The built-in role with every permission. */
	static final RoleId ADMIN = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000004"));

	/** The built-in read-only role. */
	static final RoleId VIEWER = new RoleId(UUID.fromString("00000000-0000-0000-0000-000000000001"));

	public static RoleId of(String value) {
		return new RoleId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
