package dev.sharpend.chatops;

import dev.sharpend.system.AuditedChange;

/** A chat integration was removed, with its links and secret. */
record ChatIntegrationRemoved(String integration, String name) implements AuditedChange {

	@Override
	public String action() {
		return "chat_integration.removed";
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
		return "name=" + this.name;
	}

}
