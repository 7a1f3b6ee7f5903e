package dev.sharpend.identity;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A person who signs in to Sharpend.
 *
 * @param id the user's id
 * @param email the address they sign in with
 * @param displayName how they are shown
 * @param passwordHash the password hash, or null for single sign-on or invited users
 * @param roleId their role
 * @param active whether they may sign in; deactivated users keep their history
 * @param createdAt when the account was created
 * @param lastLoginAt when they last signed in
 */
@NamedInterface("api")
public record User(UserId id, String email, String displayName, String passwordHash, RoleId roleId, boolean active,
		Instant createdAt, Instant lastLoginAt) {

	User withActive(boolean active) {
		return new User(this.id, this.email, this.displayName, this.passwordHash, this.roleId, active, this.createdAt,
				this.lastLoginAt);
	}

	User withRole(RoleId roleId) {
		return new User(this.id, this.email, this.displayName, this.passwordHash, roleId, this.active, this.createdAt,
				this.lastLoginAt);
	}

	User withPasswordHash(String passwordHash) {
		return new User(this.id, this.email, this.displayName, passwordHash, this.roleId, this.active, this.createdAt,
				this.lastLoginAt);
	}

	static String emailKey(String email) {
		return email.strip().toLowerCase(java.util.Locale.ROOT);
	}

}
