package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** An API token was created; its value is never recorded. */
record ApiTokenCreated(ApiTokenId token, String name, String owner, String permissions,
		java.time.Instant expiresAt) implements AuditedChange {

	@Override
	public String action() {
		return "token.created";
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
		return "name=" + this.name + ", owner=" + this.owner + ", permissions=" + this.permissions + ", expiresAt="
				+ this.expiresAt;
	}

}
