package dev.sharpend.identity;

import dev.sharpend.system.AuditedChange;

/** A role was renamed or its permissions changed. */
record RoleChanged(RoleId role, String name, String added, String removed) implements AuditedChange {

	@Override
	public String action() {
		return "role.changed";
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
		return "name=" + this.name + ", added=" + this.added + ", removed=" + this.removed;
	}

}
