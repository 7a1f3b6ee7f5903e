package dev.sharpend.statuspage;

import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** A component changed status (recorded in its history for uptime). */
@NamedInterface("api")
public record ComponentStatusChanged(PageId page, ComponentId component, String name, ComponentStatus from,
		ComponentStatus to) implements AuditedChange, PageChange {

	@Override
	public String action() {
		return "component.status_changed";
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
		return "name=" + this.name + ", status: " + this.from.code() + " -> " + this.to.code();
	}

}
