package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** A component or group was removed from its page. */
record ComponentDeleted(PageId page, ComponentId component, String name) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return "component.deleted";
	}

	@Override
	public String targetType() {
		return "component";
	}

	@Override
	public String targetId() {
		return this.component.value();
	}

	@Override
	public String summary() {
		return "name=" + this.name + ", page=" + this.page;
	}

}
