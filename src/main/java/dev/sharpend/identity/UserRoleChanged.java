package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A user was given another role. */
record UserRoleChanged(UserId user, String email, String from, String to) implements AuditedChange {

	@Override
	public String action() {
		return "user.role_changed";
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
		return "email=" + this.email + ", role: " + this.from + " -> " + this.to;
	}

}
