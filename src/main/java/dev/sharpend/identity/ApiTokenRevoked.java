package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** An API token was revoked and stops working at once. */
record ApiTokenRevoked(ApiTokenId token, String name, String owner) implements AuditedChange {

	@Override
	public String action() {
		return "token.revoked";
	}

	@Override
	public String targetType() {
		return "api_token";
	}

	@Override
	public String targetId() {
		return this.token.toString();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", owner=" + this.owner;
	}

}
