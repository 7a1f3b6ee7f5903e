package dev.sharpend.notify;

import dev.sharpend.system.AuditedChange;

/**
 * An outbound webhook was created. The summary names its host, never its path (which may
 * carry a credential) or its secret.
 */
record WebhookEndpointCreated(String endpoint, String name, String host, String events) implements AuditedChange {

	@Override
	public String action() {
		return "webhook.created";
	}

	@Override
	public String targetType() {
		return "webhook";
	}

	@Override
	public String targetId() {
		return this.endpoint;
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", host=" + this.host + ", events=" + this.events;
	}

}
