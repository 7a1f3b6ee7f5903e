package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/**
 * A user account was created (directly, by first-run setup, by invitation or by single
 * sign-on).
 */
record UserCreated(UserId user, String email, String role, String via) implements AuditedChange {

	@Override
	public String action() {
		return "user.created";
	}

	@Override
	public String targetType() {
		return "user";
	}

	@Override
	public String targetId() {
		return this.user.toString();
	}

	@Override
	public String summary() {
		return "email=" + this.email + ", role=" + this.role + ", via=" + this.via;
	}

}
