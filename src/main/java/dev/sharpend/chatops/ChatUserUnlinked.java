package dev.sharpend.chatops;

import dev.sharpend.system.AuditedChange;

/** A chat user no longer acts as a Sharpend user. */
record ChatUserUnlinked(String integration, String chatUser) implements AuditedChange {

	@Override
	public String action() {
		return "chat_user.unlinked";
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
		return "chat_user=" + this.chatUser;
	}

}
