package dev.sharpend.chatops;

import dev.sharpend.system.AuditedChange;

/** A chat user now acts as a Sharpend user in chat commands. */
record ChatUserLinked(String integration, String chatUser, String email) implements AuditedChange {

	@Override
	public String action() {
		return "chat_user.linked";
	}

	@Override
	public String targetType() {
		return "chat_integration";
	}

	@Override
	public String targetId() {
		return this.integration;
	}

	@Override
	public String summary() {
		return "chat_user=" + this.chatUser + ", user=" + this.email;
	}

}
