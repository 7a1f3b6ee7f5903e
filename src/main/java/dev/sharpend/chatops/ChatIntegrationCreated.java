package dev.sharpend.chatops;

import dev.sharpend.system.AuditedChange;

/** A chat integration was added; its secret is never recorded. */
record ChatIntegrationCreated(String integration, String name, ChatKind kind) implements AuditedChange {

	@Override
	public String action() {
		return "chat_integration.created";
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
		return "name=" + this.name + ", kind=" + this.kind.code();
	}

}
