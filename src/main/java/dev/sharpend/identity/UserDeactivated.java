package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A user may no longer sign in; their tokens stop working. */
record UserDeactivated(UserId user, String email) implements AuditedChange {

	@Override
	public String action() {
		return "user.deactivated";
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
		return "email=" + this.email + ", active=false";
	}

}
