package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A deactivated user may sign in again. */
record UserReactivated(UserId user, String email) implements AuditedChange {

	@Override
	public String action() {
		return "user.reactivated";
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
		return "email=" + this.email + ", active=true";
	}

}
