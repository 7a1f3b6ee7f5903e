package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.AuditedChange;

/** An alert source was configured; its key is never recorded. */
record IntegrationCreated(UUID integration, String name, IntegrationType type) implements AuditedChange {

	@Override
	public String action() {
		return "integration.created";
	}

	@Override
	public String targetType() {
		return "integration";
	}

	@Override
	public String targetId() {
		return this.integration.toString();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", type=" + this.type.code();
	}

}
