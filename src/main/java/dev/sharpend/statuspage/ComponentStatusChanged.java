package dev.sharpend.statuspage;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

import org.springframework.modulith.NamedInterface;

/** A component changed status (recorded in its history for uptime). */
@NamedInterface("api")
@Audited(action = "component.status_changed", target = "component")
public record ComponentStatusChanged(PageId page, @Audited.Id ComponentId component, String name, ComponentStatus from,
		ComponentStatus to) implements AuditedChange, PageChange {
}
