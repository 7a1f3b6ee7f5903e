package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** An invited user set their password. */
record InvitationAccepted(UserId user, String email) implements AuditedChange {

	@Override
	public String action() {
		return "user.invitation_accepted";
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
		return "email=" + this.email;
	}

}
