package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A user was invited and can set a password through a one-time link. */
record UserInvited(UserId user, String email, String role) implements AuditedChange {

	@Override
	public String action() {
		return "user.invited";
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
		return "email=" + this.email + ", role=" + this.role;
	}

}
