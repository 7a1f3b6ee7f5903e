package dev.sharpend.statuspage;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/** A component or group was created or edited. */
@Audited(target = "component")
record ComponentSaved(PageId page, @Audited.Id ComponentId component, String name, boolean group,
		boolean created) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return (this.group ? "component_group." : "component.") + (this.created ? "created" : "updated");
	}

}
