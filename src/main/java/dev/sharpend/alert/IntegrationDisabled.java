package dev.sharpend.alert;

import java.util.UUID;

import dev.sharpend.system.AuditedChange;

/** An alert source stopped accepting alerts; its key no longer works. */
record IntegrationDisabled(UUID integration, String name) implements AuditedChange {

	@Override
	public String action() {
		return "integration.disabled";
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
		return "name=" + this.name;
	}

}
