package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A role was created. */
record RoleCreated(RoleId role, String name, String permissions) implements AuditedChange {

	@Override
	public String action() {
		return "role.created";
	}

	@Override
	public String targetType() {
		return "role";
	}

	@Override
	public String targetId() {
		return this.role.toString();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", permissions=" + this.permissions;
	}

}
