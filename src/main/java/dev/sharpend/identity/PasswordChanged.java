package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A user changed their password (the password itself is never recorded). */
record PasswordChanged(UserId user, String email) implements AuditedChange {

	@Override
	public String action() {
		return "user.password_changed";
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
		return "email=" + this.email + ", password changed";
	}

}
