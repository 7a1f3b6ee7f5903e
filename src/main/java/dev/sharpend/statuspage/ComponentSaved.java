package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

/** A component or group was created or edited. */
record ComponentSaved(PageId page, ComponentId component, String name, boolean group,
		boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.group ? "component_group." : "component.") + (this.created ? "created" : "updated");
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
